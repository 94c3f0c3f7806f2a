// Reads shared by several pages.

import {api, rows, session} from './api.js';

const PAGE_SIZE = 100;

/** Every published mission (the list is small; filters then run in the page, instantly). */
export async function loadAllMissions() {
  const all = [];
  for (let page = 0; page < 50; page++) {
    const body = await api('GET', '/api/missions?page=' + page + '&size=' + PAGE_SIZE);
    const batch = rows(body);
    all.push(...batch);
    const total = body && (body.total ?? body.totalElements ?? body.totalCount);
    if (batch.length < PAGE_SIZE || (typeof total === 'number' && all.length >= total) || Array.isArray(body)) break;
  }
  return all;
}

/** Slugs of the missions the signed-in player has solved; empty when signed out. */
export async function solvedSlugs() {
  const current = session.get();
  if (!current) return new Set();
  try {
    const profile = await api('GET', '/api/players/' + encodeURIComponent(current.name));
    return new Set(solvedFromProfile(profile));
  } catch (ignored) {
    return new Set();
  }
}

export function solvedFromProfile(profile) {
  const solved = profile && (profile.solved || profile.solvedMissions || profile.missions);
  if (!Array.isArray(solved)) return [];
  return solved.map(s => typeof s === 'string' ? s : (s.slug || s.mission)).filter(Boolean);
}
