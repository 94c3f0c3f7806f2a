// Islands and missions: every mission grouped by island, filterable by tag and difficulty,
// with a mark on the ones the signed-in player has solved.

import {h, clear} from '../dom.js';
import {api, session} from '../api.js';
import {loadAllMissions, solvedSlugs} from '../data.js';

const DIFFICULTIES = ['EASY', 'MEDIUM', 'HARD'];

export async function missionsPage(params, {query}) {
  const [missions, solved, progress] = await Promise.all([loadAllMissions(), solvedSlugs(),
    api('GET', '/api/islands').catch(() => null)]);
  // islands in travel order (GET /api/islands), each open or locked for this player
  const islandInfo = new Map((progress && Array.isArray(progress.islands) ? progress.islands : []).map(i => [i.name, i]));
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
    for (const name of islandInfo.keys()) {
      if (shown.some(m => m.island === name)) byIsland.set(name, []);
    }
    for (const mission of shown) {
      const island = mission.island || 'Uncharted';
      if (!byIsland.has(island)) byIsland.set(island, []);
      byIsland.get(island).push(mission);
    }
    for (const [island, items] of byIsland) {
      const done = items.filter(m => solved.has(m.slug)).length;
      const info = islandInfo.get(island);
      const locked = info && !info.open;
      list.append(h('section.island' + (locked ? '.locked' : ''), {'aria-label': 'Island ' + island, dataset: {island}},
        h('h2', {}, locked ? h('span.lock', {'aria-hidden': 'true'}, '🔒 ') : null,
          info && info.title && info.title !== island ? info.title : islandTitle(island),
          h('span.muted.count', {}, ' ' + done + '/' + items.length + ' solved')),
        locked ? h('p.island-lock', {}, 'Locked: opens at ' + info.unlockPoints + ' points ('
          + info.pointsNeeded + ' more). You can read its missions; solve missions on open islands to get there.') : null,
        h('ul.missions', {}, items.map(m => missionCard(m, solved.has(m.slug))))));
    }
    summary.textContent = shown.length + ' of ' + missions.length + ' missions';
    if (shown.length === 0) list.append(h('p', {}, 'No mission matches these filters.'));
  }

  render();
  return h('section', {},
    h('h1', {}, 'Islands'),
    progress && progress.player ? h('p#progress.progress', {},
      h('strong#player-level', {}, 'Level ' + progress.level), ' · ' + progress.points + ' points',
      progress.nextLevelAt !== null && progress.nextLevelAt !== undefined
        ? ' · level ' + (progress.level + 1) + ' at ' + progress.nextLevelAt + ' points' : ' · top level',
      ' · ' + [...islandInfo.values()].filter(i => i.open).length + ' of ' + islandInfo.size + ' islands open') : null,
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
