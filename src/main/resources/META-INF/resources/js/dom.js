// DOM building without HTML strings: every piece of text goes through textContent, so
// mission text, player names and program output can never become markup.

/**
 * h('a#id.button', {href: '#/x', onclick: fn}, 'text', child, [more]) -> Element.
 * Strings become text nodes; null/false children are skipped.
 */
export function h(tag, attrs, ...children) {
  // 'name', then any '#id' and '.class' parts in any order
  const parts = tag.split(/(?=[#.])/);
  const name = /^[#.]/.test(parts[0]) ? 'div' : parts.shift();
  const el = document.createElement(name || 'div');
  const classes = [];
  for (const part of parts) {
    if (part[0] === '#') el.id = part.slice(1); else classes.push(part.slice(1));
  }
  if (classes.length) el.className = classes.join(' ');
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = [el.className, value].filter(Boolean).join(' ');
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'value' || key === 'checked' || key === 'disabled' || key === 'selected') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Shows any JSON value as compact Python-like text (the data players pass and return). */
export function pyRepr(value) {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'object' && typeof value.source === 'string' && typeof value.valueOf() === 'number') return value.toString();
  if (Array.isArray(value)) return '[' + value.map(pyRepr).join(', ') + ']';
  if (typeof value === 'object') {
    return '{' + Object.entries(value).map(([k, v]) => JSON.stringify(k) + ': ' + pyRepr(v)).join(', ') + '}';
  }
  return String(value);
}

/** A link to a player's profile; the name is text, the URL component-encoded. */
export function playerLink(name) {
  return h('a.player', {href: '#/players/' + encodeURIComponent(name)}, name);
}

export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
}
