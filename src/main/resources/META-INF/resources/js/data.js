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

/** The profile lists missions with points; those with a solvedAt were fully solved. */
export function solvedFromProfile(profile) {
  const missions = profile && Array.isArray(profile.missions) ? profile.missions : [];
  return missions.filter(m => m && m.solvedAt).map(m => m.slug);
}
