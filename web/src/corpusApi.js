// Talks to the corpus endpoints (GET /api/articles, /api/sources, …). Errors are RFC 9457 problems; their detail is shown.
import { problemDetail } from './api.js';

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
  if (!response.ok) throw new CorpusError(await problemDetail(response), response.status);
  return response.json();
}
