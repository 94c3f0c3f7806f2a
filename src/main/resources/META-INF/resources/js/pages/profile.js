// A player's public profile: points, rank, and the missions that earned points.

import {h, formatDate} from '../dom.js';
import {api, session} from '../api.js';

export async function profilePage([name]) {
  const profile = await api('GET', '/api/players/' + encodeURIComponent(name));
  const missions = Array.isArray(profile.missions) ? profile.missions : [];
  const me = session.get();
  const facts = [
    ['Points', profile.points],
    ['Rank', profile.rank ?? '—'],
    ['Level', profile.level],
    ['Reputation', profile.reputation],
    ['Missions solved', profile.solved ?? missions.filter(m => m.solvedAt).length],
    ['Last points', profile.lastPointAt ? formatDate(profile.lastPointAt) : null],
    ['Playing since', profile.joinedAt ? formatDate(profile.joinedAt) : null],
  ].filter(([, value]) => value !== undefined && value !== null);
  return h('section.profile', {},
    h('h1', {}, h('span#profile-name', {}, profile.name ?? name), me && me.name === profile.name ? h('span.muted', {}, ' (you)') : null),
    h('dl.facts-grid', {}, facts.map(([key, value]) => [h('dt', {}, key), h('dd', {}, String(value))])),
    h('h2', {}, 'Missions'),
    missions.length === 0 ? h('p', {}, 'No points yet.') :
      h('div.table-scroll', {}, h('table.board#profile-missions', {},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Mission'), h('th.num', {scope: 'col'}, 'Points'),
          h('th', {scope: 'col'}, 'Solved'))),
        h('tbody', {}, missions.map(m => h('tr', {dataset: {slug: m.slug}},
          h('td', {}, h('a', {href: '#/missions/' + encodeURIComponent(m.slug)}, m.title || m.slug)),
          h('td.num', {}, m.points ?? ''),
          h('td', {}, m.solvedAt ? formatDate(m.solvedAt) : 'partly')))))));
}
