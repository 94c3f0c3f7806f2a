// A small Markdown renderer for mission statements that builds DOM nodes directly.
// It never produces or parses HTML: raw HTML in the source shows up as literal text, link
// targets are limited to safe schemes, and images are shown as their alt text (an image
// would be a request to another origin, which the page's policy forbids anyway).
//
// Supported: ATX headings, paragraphs, fenced and indented code, block quotes, ordered and
// unordered lists (one level of nesting by indentation), GFM tables, horizontal rules, and
// inline code, **strong**, *emphasis*, _emphasis_, ~~strike~~, [links](url) and <autolinks>.

import {h} from './dom.js';

const SAFE_URL = /^(https?:\/\/|mailto:|#|\/(?!\/)|\.{0,2}\/|[\w\-.]+(\/|$|#|\?))/i;
// "//host" and "/\host" are another host (browsers read "\" as "/" in a path): external links.
const OTHER_HOST = /^(https?:)?[\/\\][\/\\]/i;

/** Whether a safe URL leaves the site (gets rel=noopener and a new tab). */
export function isExternal(url) {
  return OTHER_HOST.test(String(url).trim());
}

export function safeUrl(url) {
  const trimmed = String(url).trim();
  // Control characters and whitespace inside a scheme can smuggle "java\tscript:".
  if (/[\u0000-\u001f\u007f\s]/.test(trimmed)) return null;
  if (/^[a-z][a-z0-9+.\-]*:/i.test(trimmed) && !/^(https?|mailto):/i.test(trimmed)) return null;
  return SAFE_URL.test(trimmed) ? trimmed : null;
}

/** Renders Markdown source into a new DocumentFragment. */
export function renderMarkdown(source) {
  const fragment = document.createDocumentFragment();
  const lines = String(source ?? '').replace(/\r\n?/g, '\n').split('\n');
  for (const block of parseBlocks(lines)) fragment.append(block);
  return fragment;
}

function parseBlocks(lines) {
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) { i++; continue; }

    const fence = line.match(/^\s{0,3}(`{3,}|~{3,})\s*([\w+\-]*)/);
    if (fence) {
      const body = [];
      i++;
      while (i < lines.length && !lines[i].trimStart().startsWith(fence[1])) body.push(lines[i++]);
      i++; // closing fence (or end of input)
      const code = h('code', fence[2] ? {class: 'language-' + fence[2]} : {}, body.join('\n'));
      out.push(h('pre', {}, code));
      continue;
    }

    const heading = line.match(/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/);
    if (heading) {
      // Statement headings sit below the page's own h1/h2, so shift them down one level.
      const level = Math.min(6, heading[1].length + 1);
      out.push(h('h' + level, {}, inline(heading[2])));
      i++;
      continue;
    }

    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) { out.push(h('hr')); i++; continue; }

    if (/^ {4,}|^\t/.test(line)) {
      const body = [];
      while (i < lines.length && (/^ {4,}|^\t/.test(lines[i]) || /^\s*$/.test(lines[i]))) {
        body.push(lines[i].replace(/^( {4}|\t)/, ''));
        i++;
      }
      while (body.length && /^\s*$/.test(body[body.length - 1])) body.pop();
      out.push(h('pre', {}, h('code', {}, body.join('\n'))));
      continue;
    }

    if (/^\s{0,3}>/.test(line)) {
      const body = [];
      while (i < lines.length && /^\s{0,3}>/.test(lines[i])) body.push(lines[i++].replace(/^\s{0,3}>\s?/, ''));
      out.push(h('blockquote', {}, parseBlocks(body)));
      continue;
    }

    if (isTableStart(lines, i)) {
      const header = splitRow(lines[i]);
      const aligns = splitRow(lines[i + 1]).map(cell =>
        /^:-+:$/.test(cell) ? 'center' : /-+:$/.test(cell) ? 'right' : null);
      i += 2;
      const rows = [];
      while (i < lines.length && lines[i].includes('|') && !/^\s*$/.test(lines[i])) rows.push(splitRow(lines[i++]));
      const cell = (tag, text, col) => h(tag, aligns[col] ? {class: 'align-' + aligns[col]} : {}, inline(text));
      out.push(h('div.table-scroll', {}, h('table', {},
        h('thead', {}, h('tr', {}, header.map((text, col) => cell('th', text, col)))),
        h('tbody', {}, rows.map(row => h('tr', {}, header.map((_, col) => cell('td', row[col] ?? '', col))))))));
      continue;
    }

    const item = listItem(line);
    if (item) {
      const list = h(item.ordered ? 'ol' : 'ul');
      if (item.ordered && item.start !== 1) list.setAttribute('start', String(item.start));
      while (i < lines.length) {
        const current = listItem(lines[i]);
        if (!current || current.ordered !== item.ordered) break;
        const body = [current.text];
        i++;
        // Continuation lines and nested lists: anything indented under the item.
        while (i < lines.length && (/^\s{2,}\S/.test(lines[i]) || (/^\s*$/.test(lines[i]) && i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1])))) {
          body.push(lines[i].replace(/^\s{2,4}/, ''));
          i++;
        }
        const nested = body.slice(1).some(l => listItem(l) || /^\s*```/.test(l));
        list.append(h('li', {}, nested ? parseBlocks(body) : inline(body.join(' '))));
      }
      out.push(list);
      continue;
    }

    const paragraph = [];
    while (i < lines.length && !/^\s*$/.test(lines[i]) && !startsBlock(lines, i)) paragraph.push(lines[i++].trim());
    if (paragraph.length === 0) paragraph.push(lines[i++].trim());
    out.push(h('p', {}, inline(paragraph.join('\n'))));
  }
  return out;
}

function startsBlock(lines, i) {
  const line = lines[i];
  return /^\s{0,3}(`{3,}|~{3,}|#{1,6}\s|>)/.test(line) || listItem(line) !== null || isTableStart(lines, i)
    || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line);
}

function listItem(line) {
  const bullet = line.match(/^\s{0,3}[-*+]\s+(.*)$/);
  if (bullet) return {ordered: false, text: bullet[1]};
  const number = line.match(/^\s{0,3}(\d{1,9})[.)]\s+(.*)$/);
  if (number) return {ordered: true, start: Number(number[1]), text: number[2]};
  return null;
}

function isTableStart(lines, i) {
  return i + 1 < lines.length && lines[i].includes('|')
    && /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(lines[i + 1]);
}

function splitRow(line) {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells = [];
  let current = '';
  let inCode = false;
  for (let k = 0; k < row.length; k++) {
    const c = row[k];
    if (c === '\\' && row[k + 1] === '|') { current += '|'; k++; continue; }
    if (c === '`') inCode = !inCode;
    if (c === '|' && !inCode) { cells.push(current.trim()); current = ''; continue; }
    current += c;
  }
  cells.push(current.trim());
  return cells;
}

// Inline spans, scanned left to right; the first matching rule at a position wins.
const INLINE_RULES = [
  {re: /^\\([\\`*_{}\[\]()#+\-.!|~<>])/, make: m => m[1]},
  {re: /^(`+)([\s\S]*?[^`])\1(?!`)/, make: m => h('code', {}, m[2].replace(/^ (.*) $/, '$1'))},
  {re: /^!\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/, make: m => h('span.image-alt', {}, '[' + (m[1] || 'image') + ']')},
  {re: /^\[((?:[^\[\]]|\[[^\]]*\])+)\]\(\s*<?([^)\s>]*)>?(?:\s+"([^"]*)")?\s*\)/, make: m => link(m[2], inline(m[1]), m[3])},
  {re: /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/, make: m => link(m[1], [m[1]])},
  {re: /^(\*\*|__)(?=\S)([\s\S]*?\S)\1/, make: m => h('strong', {}, inline(m[2]))},
  {re: /^~~(?=\S)([\s\S]*?\S)~~/, make: m => h('del', {}, inline(m[1]))},
  {re: /^\*(?=[^\s*])([\s\S]*?[^\s*])\*(?!\*)/, make: m => h('em', {}, inline(m[1]))},
  {re: /^_(?=[^\s_])([\s\S]*?[^\s_])_(?![\w])/, make: m => h('em', {}, inline(m[1])), wordStart: true},
  {re: /^ {2,}\n|^\\\n/, make: () => h('br')},
];

function inline(text) {
  const nodes = [];
  let plain = '';
  let k = 0;
  while (k < text.length) {
    const rest = text.slice(k);
    let matched = null;
    if ('\\`![<*_~ '.includes(text[k])) {
      for (const rule of INLINE_RULES) {
        if (rule.wordStart && k > 0 && /\w/.test(text[k - 1])) continue;
        const m = rest.match(rule.re);
        if (m) { matched = {m, rule}; break; }
      }
    }
    if (matched) {
      if (plain) { nodes.push(plain); plain = ''; }
      nodes.push(matched.rule.make(matched.m));
      k += matched.m[0].length;
    } else {
      plain += text[k++];
    }
  }
  if (plain) nodes.push(plain);
  return nodes;
}

function link(url, children, title) {
  const href = safeUrl(url);
  if (!href) return h('span', {}, children);
  const external = isExternal(href);
  return h('a', {href, title: title || null, rel: external ? 'noopener noreferrer nofollow' : null,
    target: external ? '_blank' : null}, children);
}
