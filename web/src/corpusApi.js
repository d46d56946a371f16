// Talks to the corpus endpoints (GET /api/articles, /api/sources, …). Errors are RFC 9457 problems; their detail is shown.

export class CorpusError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** GET a corpus endpoint with the given query parameters (empty values left out); resolves to the parsed JSON. */
export async function getCorpus(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') query.set(name, String(value).trim());
  }
  const text = query.toString();
  const response = await fetch(`api/${path}${text ? `?${text}` : ''}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch {
      // Not a problem document: keep the status line.
    }
    throw new CorpusError(detail, response.status);
  }
  return response.json();
}
