// Islands and missions: every mission grouped by island, filterable by tag and difficulty,
// with a mark on the ones the signed-in player has solved.

import {h, clear} from '../dom.js';
import {session} from '../api.js';
import {loadAllMissions, solvedSlugs} from '../data.js';

const DIFFICULTIES = ['EASY', 'MEDIUM', 'HARD'];

export async function missionsPage(params, {query}) {
  const [missions, solved] = await Promise.all([loadAllMissions(), solvedSlugs()]);
  const tags = [...new Set(missions.flatMap(m => m.tags || []))].sort();
  const selectedTag = query.get('tag') || '';
  const selectedDifficulty = (query.get('difficulty') || '').toUpperCase();

  const tagSelect = h('select', {id: 'filter-tag', onchange: update},
    h('option', {value: ''}, 'All tags'),
    tags.map(tag => h('option', {value: tag, selected: tag === selectedTag}, tag)));
  const difficultySelect = h('select', {id: 'filter-difficulty', onchange: update},
    h('option', {value: ''}, 'Any difficulty'),
    DIFFICULTIES.map(d => h('option', {value: d, selected: d === selectedDifficulty}, label(d))));
  const unsolvedOnly = h('input', {type: 'checkbox', id: 'filter-unsolved', onchange: update,
    checked: query.get('unsolved') === '1', disabled: !session.get()});
  const list = h('div.islands');
  const summary = h('p.muted', {'aria-live': 'polite'});

  function update() {
    // Keep the filter in the address so it survives reloads and can be shared.
    const next = new URLSearchParams();
    if (tagSelect.value) next.set('tag', tagSelect.value);
    if (difficultySelect.value) next.set('difficulty', difficultySelect.value);
    if (unsolvedOnly.checked) next.set('unsolved', '1');
    const hash = '#/' + (next.toString() ? '?' + next : '');
    history.replaceState(null, '', hash);
    render();
  }

  function render() {
    const shown = missions.filter(m =>
      (!tagSelect.value || (m.tags || []).includes(tagSelect.value))
      && (!difficultySelect.value || m.difficulty === difficultySelect.value)
      && (!unsolvedOnly.checked || !solved.has(m.slug)));
    clear(list);
    const byIsland = new Map();
    for (const mission of shown) {
      const island = mission.island || 'Uncharted';
      if (!byIsland.has(island)) byIsland.set(island, []);
      byIsland.get(island).push(mission);
    }
    for (const [island, items] of byIsland) {
      const done = items.filter(m => solved.has(m.slug)).length;
      list.append(h('section.island', {'aria-label': 'Island ' + island},
        h('h2', {}, islandTitle(island), h('span.muted.count', {}, ' ' + done + '/' + items.length + ' solved')),
        h('ul.missions', {}, items.map(m => missionCard(m, solved.has(m.slug))))));
    }
    summary.textContent = shown.length + ' of ' + missions.length + ' missions';
    if (shown.length === 0) list.append(h('p', {}, 'No mission matches these filters.'));
  }

  render();
  return h('section', {},
    h('h1', {}, 'Islands'),
    h('form.filters', {role: 'search', onsubmit: e => e.preventDefault()},
      h('label', {}, 'Tag ', tagSelect),
      h('label', {}, 'Difficulty ', difficultySelect),
      h('label.check', {title: session.get() ? '' : 'Sign in to track solved missions'}, unsolvedOnly, ' Unsolved only')),
    summary,
    list);
}

function missionCard(mission, isSolved) {
  return h('li.mission-card' + (isSolved ? '.solved' : ''), {dataset: {slug: mission.slug}},
    h('a', {href: '#/missions/' + encodeURIComponent(mission.slug)},
      h('span.solved-mark', {'aria-label': isSolved ? 'solved' : 'not solved', title: isSolved ? 'Solved' : ''}, isSolved ? '✔' : '○'),
      h('span.title', {}, mission.title || mission.slug)),
    h('span.badge.' + String(mission.difficulty || '').toLowerCase(), {}, label(mission.difficulty)),
    mission.points !== undefined ? h('span.points', {}, mission.points + ' pts') : null,
    h('span.tags', {}, (mission.tags || []).filter(t => t !== mission.island).map(t => h('span.tag', {}, t))));
}

export function label(difficulty) {
  const text = String(difficulty || '');
  return text.charAt(0) + text.slice(1).toLowerCase();
}

function islandTitle(island) {
  return island.split(/[-_\s]+/).map(w => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
