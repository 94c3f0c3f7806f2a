// Global and per-mission leaderboards.

import {h, playerLink, formatDate} from '../dom.js';
import {api, rows, session} from '../api.js';

const PAGE_SIZE = 50;

export async function leaderboardPage(params, {query}) {
  const page = Math.max(0, Number(query.get('page')) || 0);
  const body = await api('GET', '/api/leaderboard?page=' + page + '&size=' + PAGE_SIZE);
  const entries = rows(body);
  const me = session.get();
  return h('section', {},
    h('h1', {}, 'Leaderboard'),
    entries.length === 0 ? h('p', {}, 'Nobody has solved a mission yet. Be the first!') :
      h('div.table-scroll', {}, h('table.board#leaderboard', {},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, '#'), h('th', {scope: 'col'}, 'Player'),
          h('th.num', {scope: 'col'}, 'Points'), h('th.num', {scope: 'col'}, 'Level'), h('th.num', {scope: 'col'}, 'Solved'))),
        h('tbody', {}, entries.map((row, i) => h('tr' + (me && nameOf(row) === me.name ? '.me' : ''), {},
          h('td', {}, row.rank ?? page * PAGE_SIZE + i + 1),
          h('td', {}, playerLink(nameOf(row))),
          h('td.num', {}, row.points ?? ''),
          h('td.num.level', {}, row.level ?? ''),
          h('td.num', {}, row.solved ?? '')))))),
    pager(page, entries.length, body, p => '#/leaderboard?page=' + p));
}

const ORDERS = [
  ['first', 'First solvers'],
  ['shortest', 'Shortest code'],
  ['fastest', 'Fastest'],
];

export async function missionLeaderboardPage([slug], {query}) {
  const by = ORDERS.some(([key]) => key === query.get('by')) ? query.get('by') : 'first';
  const page = Math.max(0, Number(query.get('page')) || 0);
  const [mission, body] = await Promise.all([
    api('GET', '/api/missions/' + encodeURIComponent(slug)),
    api('GET', '/api/missions/' + encodeURIComponent(slug) + '/leaderboard?by=' + by + '&page=' + page + '&size=' + PAGE_SIZE),
  ]);
  const entries = rows(body);
  const me = session.get();
  const base = '#/missions/' + encodeURIComponent(slug) + '/leaderboard?by=';
  return h('section', {},
    h('p.crumbs', {}, h('a', {href: '#/missions/' + encodeURIComponent(slug)}, mission.title || slug)),
    h('h1', {}, 'Leaderboard: ', mission.title || slug),
    h('nav.tabs', {'aria-label': 'Order'}, ORDERS.map(([key, text]) =>
      h('a', {href: base + key, 'aria-current': key === by ? 'page' : null}, text))),
    entries.length === 0 ? h('p', {}, 'No accepted solution yet.') :
      h('div.table-scroll', {}, h('table.board#mission-leaderboard', {},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, '#'), h('th', {scope: 'col'}, 'Player'),
          h('th.num', {scope: 'col'}, 'Code length'), h('th.num', {scope: 'col'}, 'Statements'),
          h('th.num', {scope: 'col'}, 'CPU ms'), h('th', {scope: 'col'}, by === 'first' ? 'Solved at' : 'Reached at'))),
        h('tbody', {}, entries.map((row, i) => h('tr' + (me && nameOf(row) === me.name ? '.me' : ''), {},
          h('td', {}, row.rank ?? page * PAGE_SIZE + i + 1),
          h('td', {}, playerLink(nameOf(row))),
          h('td.num', {}, row.codeLength ?? ''),
          h('td.num', {}, row.statements ?? ''),
          h('td.num', {}, row.cpuMs ?? ''),
          h('td', {}, formatDate(row.at))))))),
    pager(page, entries.length, body, p => base + by + '&page=' + p));
}

export function nameOf(row) {
  return String(row.name ?? '');
}

function pager(page, count, body, link) {
  const hasNext = body && typeof body === 'object' && !Array.isArray(body) && typeof (body.total ?? body.totalElements) === 'number'
    ? (page + 1) * PAGE_SIZE < (body.total ?? body.totalElements)
    : count === PAGE_SIZE;
  if (page === 0 && !hasNext) return null;
  return h('nav.pager', {'aria-label': 'Pages'},
    page > 0 ? h('a', {href: link(page - 1)}, '← Previous') : null,
    hasNext ? h('a', {href: link(page + 1)}, 'Next →') : null);
}
