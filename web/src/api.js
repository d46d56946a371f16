// Talks to POST /api/analyze. Errors come back as RFC 9457 problems; their detail is shown to the user.

export class AnalysisError extends Error {}

export async function analyze({ text, html, outlet, date }, signal) {
  let response;
  if (html !== undefined) {
    const query = new URLSearchParams();
    if (outlet) query.set('outlet', outlet);
    if (date) query.set('date', date);
    response = await fetch(`api/analyze?${query}`, {
      method: 'POST', headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: html, signal,
    });
  } else {
    response = await fetch('api/analyze', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, outlet: outlet || null, date: date || null }),
      signal,
    });
  }
  if (!response.ok) throw new AnalysisError(await problemDetail(response));
  return response.json();
}

/** What a failed response says: the problem document's detail (or title), else its status line. */
export async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `${response.status} ${response.statusText}`;
  } catch {
    // Not a problem document: the status line.
    return `${response.status} ${response.statusText}`;
  }
}
