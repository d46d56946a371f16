#!/usr/bin/env python3
"""Turn ctx-form gold files (ANNOTATION.md section 2, unique substrings of the article) into the offset form kept in
the repository: cue_span/content_span as UTF-16 offsets, doc = corpus id, sha256 of the UTF-8 text, no article text.

usage: ctx_to_spans.py CORPUS.jsonl.gz OUT_DIR CTX.json...      writes OUT_DIR/<doc>.gold.json for each CTX file
       ctx_to_spans.py --text CORPUS.jsonl.gz ID OUT.txt         writes one article's text (for the reference scorer)
Fails loudly (exit 1) when a ctx is missing or not unique, a cue_ctx does not start with its cue, or an item lacks a part.
"""
import gzip, hashlib, json, os, sys

KINDS = {'person', 'organization', 'outlet', 'anonymous', 'document', 'unknown'}
FORMS = {'direct', 'indirect', 'mixed'}


def load_texts(corpus, wanted):
    texts = {}
    with gzip.open(corpus, 'rt', encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if d['id'] in wanted:
                texts[d['id']] = d['text']
    return texts


def utf16(text, i):
    # offsets in the repository are UTF-16 code units; Python indexes code points
    return i + sum(1 for ch in text[:i] if ord(ch) > 0xFFFF)


def unique(text, needle, what):
    if not needle:
        raise ValueError(f'{what}: empty')
    first = text.find(needle)
    if first < 0:
        raise ValueError(f'{what}: not found: {needle[:40]!r}')
    if text.find(needle, first + 1) >= 0:
        raise ValueError(f'{what}: occurs more than once: {needle[:40]!r}')
    return first


def convert(ctx, text):
    out = {'doc': ctx['doc'], 'sha256': hashlib.sha256(text.encode('utf-8')).hexdigest(),
           'outlet': ctx.get('outlet', []), 'aliases': ctx.get('aliases', {}), 'items': []}
    ids = set()
    for it in ctx['items']:
        where = f"{ctx['doc']} item {it.get('id')}"
        for key in ('id', 'cue', 'cue_ctx', 'content_ctx', 'source', 'source_kind', 'form', 'chain'):
            if key not in it:
                raise ValueError(f'{where}: missing {key}')
        if it['id'] in ids:
            raise ValueError(f'{where}: duplicate id')
        ids.add(it['id'])
        if it['source_kind'] not in KINDS or it['form'] not in FORMS:
            raise ValueError(f'{where}: bad source_kind or form')
        if not it['cue_ctx'].startswith(it['cue']):
            raise ValueError(f'{where}: cue_ctx does not start with cue {it["cue"]!r}')
        if not isinstance(it['source'], list) or not it['source']:
            raise ValueError(f'{where}: source must be a non-empty list')
        for chain in [it['chain']] + it.get('chain_alt', []):
            if not all(isinstance(r, list) and r for r in chain):
                raise ValueError(f'{where}: a chain must be a list of non-empty name lists')
        c = unique(text, it['cue_ctx'], where + ' cue_ctx')
        s = unique(text, it['content_ctx'], where + ' content_ctx')
        cue_end, content_end = c + len(it['cue']), s + len(it['content_ctx'])
        if c < content_end and s < cue_end:
            raise ValueError(f'{where}: cue overlaps content')
        item = {k: v for k, v in it.items() if k not in ('cue_ctx', 'content_ctx', 'note')}
        item['cue_span'] = [utf16(text, c), utf16(text, cue_end)]
        item['content_span'] = [utf16(text, s), utf16(text, content_end)]
        out['items'].append(item)
    return out


def main(argv):
    if argv[:1] == ['--text']:
        corpus, doc, path = argv[1:4]
        text = load_texts(corpus, {doc})[doc]
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        return 0
    corpus, out_dir, paths = argv[0], argv[1], argv[2:]
    ctxs = [json.load(open(p, encoding='utf-8')) for p in paths]
    texts = load_texts(corpus, {c['doc'] for c in ctxs})
    failed = 0
    for p, ctx in zip(paths, ctxs):
        try:
            if ctx['doc'] not in texts:
                raise ValueError(f"{ctx['doc']}: not in corpus")
            gold = convert(ctx, texts[ctx['doc']])
        except ValueError as e:
            print(f'FAIL {p}: {e}', file=sys.stderr)
            failed += 1
            continue
        with open(os.path.join(out_dir, ctx['doc'] + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
        n_opt = sum(1 for i in gold['items'] if i.get('optional'))
        print(f"ok {ctx['doc']}: {len(gold['items']) - n_opt} core, {n_opt} optional")
    return 1 if failed else 0


sys.exit(main(sys.argv[1:]))
