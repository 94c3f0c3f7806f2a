// The page's only way to the server: same-origin fetch, bearer token from the session.
// The token lives in sessionStorage (gone when the tab closes, never in a cookie, so
// other sites cannot make the browser send it).

const SESSION_KEY = 'sandcastle.session';

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problemText(status, problem));
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

function problemText(status, problem) {
  if (problem && typeof problem === 'object') {
    const parts = [problem.title, problem.detail].filter(p => typeof p === 'string' && p);
    const violations = problem.violations || problem.errors;
    if (Array.isArray(violations)) {
      for (const v of violations) parts.push(typeof v === 'string' ? v : [v.field, v.message].filter(Boolean).join(': '));
    }
    if (parts.length) return [...new Set(parts)].join(' — ');
  }
  if (status === 401) return 'Please sign in.';
  if (status === 403) return 'You are not allowed to do that.';
  if (status === 404) return 'Not found.';
  if (status === 429) return 'Too many requests; wait a moment.';
  return 'The server answered ' + status + '.';
}

export const session = {
  get() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(SESSION_KEY));
      if (stored && stored.token && (!stored.expiresAt || Date.parse(stored.expiresAt) > Date.now())) return stored;
    } catch (ignored) { /* a broken entry counts as signed out */ }
    return null;
  },
  set(value) {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(value));
    window.dispatchEvent(new Event('sandcastle:session'));
  },
  clear() {
    sessionStorage.removeItem(SESSION_KEY);
    window.dispatchEvent(new Event('sandcastle:session'));
  },
};

/** api('GET', '/api/missions') -> parsed JSON (or null), throwing ApiError on 4xx/5xx. */
export async function api(method, path, body, {headers = {}, signal, raw = false} = {}) {
  const current = session.get();
  // no-cache: leaderboards are served with a short max-age; after a Check the page must see
  // the new standings at once (the ETag keeps the revalidation cheap).
  const init = {method, headers: {Accept: 'application/json, application/problem+json', ...headers}, signal,
    credentials: 'same-origin', cache: 'no-cache'};
  if (current && !init.headers.Authorization) init.headers.Authorization = 'Bearer ' + current.token;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (response.status === 401 && current && !headers.Authorization) session.clear();
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch (ignored) { /* not JSON */ }
    throw new ApiError(response.status, problem, response.headers.get('Retry-After'));
  }
  if (raw) return response;
  return parseJson(await response.text());
}

/**
 * A JSON number whose exact text JavaScript would lose: an integer beyond 2^53 or a float
 * written with a fraction or exponent such as 1.0. Python tells 1 from 1.0 and the typed
 * checker does too, so the page shows the number as the server wrote it.
 */
export class ExactNumber {
  constructor(source, value) {
    this.source = source;
    this.value = value;
  }
  valueOf() { return this.value; }
  toString() { return this.source.replace('E', 'e'); }
}

export function parseJson(text) {
  if (!text) return null;
  return JSON.parse(text, (key, value, context) => {
    if (typeof value === 'number' && context && typeof context.source === 'string' && context.source !== String(value)) {
      return new ExactNumber(context.source, value);
    }
    return value;
  });
}

/** HTTP Basic for token creation; UTF-8 so names outside ASCII work. */
export function basicAuth(name, password) {
  const bytes = new TextEncoder().encode(name + ':' + password);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return 'Basic ' + btoa(binary);
}

/** Pages come as a plain array or wrapped in an object; this takes the rows either way. */
export function rows(page) {
  if (Array.isArray(page)) return page;
  if (page && typeof page === 'object') {
    for (const key of ['items', 'content', 'data', 'results', 'entries', 'rows', 'missions', 'players']) {
      if (Array.isArray(page[key])) return page[key];
    }
  }
  return [];
}
