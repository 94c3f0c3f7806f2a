// A player's public profile.

import {h, playerLink, formatDate} from '../dom.js';
import {api, session} from '../api.js';
import {solvedFromProfile} from '../data.js';

export async function profilePage([name]) {
  const profile = await api('GET', '/api/players/' + encodeURIComponent(name));
  const solved = solvedFromProfile(profile);
  const me = session.get();
  const facts = [
    ['Score', profile.score ?? profile.points],
    ['Rank', profile.rank],
    ['Missions solved', profile.solvedCount ?? solved.length],
    ['Member since', profile.createdAt ? formatDate(profile.createdAt) : null],
  ].filter(([, value]) => value !== undefined && value !== null);
  return h('section.profile', {},
    h('h1', {}, h('span#profile-name', {}, profile.name ?? name), me && me.name === (profile.name ?? name) ? h('span.muted', {}, ' (you)') : null),
    h('dl.facts-grid', {}, facts.map(([key, value]) => [h('dt', {}, key), h('dd', {}, String(value))])),
    h('h2', {}, 'Solved missions'),
    solved.length === 0 ? h('p', {}, 'None yet.') :
      h('ul.solved-list', {}, solved.map(slug => h('li', {}, h('a', {href: '#/missions/' + encodeURIComponent(slug)}, slugTitle(profile, slug))))));
}

function slugTitle(profile, slug) {
  const list = profile.solved || profile.solvedMissions || [];
  const entry = list.find(s => s && typeof s === 'object' && (s.slug || s.mission) === slug);
  return (entry && entry.title) || slug;
}
