// Hash routing: every page is a function (params, query) -> Promise<Node>; the server only
// ever serves index.html, the static files and the API.

import {h, clear, playerLink} from './dom.js';
import {api, session} from './api.js';
import {missionsPage} from './pages/missions.js';
import {missionPage} from './pages/mission.js';
import {leaderboardPage, missionLeaderboardPage} from './pages/leaderboard.js';
import {profilePage} from './pages/profile.js';
import {signInPage, signUpPage} from './pages/auth.js';

const ROUTES = [
  [/^\/?$/, missionsPage, 'missions'],
  [/^\/missions\/([^/]+)$/, missionPage, 'missions'],
  [/^\/missions\/([^/]+)\/leaderboard$/, missionLeaderboardPage, 'leaderboard'],
  [/^\/leaderboard$/, leaderboardPage, 'leaderboard'],
  [/^\/players\/([^/]+)$/, profilePage, 'players'],
  [/^\/signin$/, signInPage, 'account'],
  [/^\/signup$/, signUpPage, 'account'],
];

const main = document.getElementById('main');
let generation = 0;
let leaveCurrent = null;

export function navigate(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

async function route() {
  const mine = ++generation;
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, queryString] = raw.split('?');
  const query = new URLSearchParams(queryString || '');
  if (leaveCurrent) { try { leaveCurrent(); } catch (ignored) { /* page already gone */ } leaveCurrent = null; }
  for (const [pattern, page, nav] of ROUTES) {
    const match = path.match(pattern);
    if (!match) continue;
    markNav(nav);
    const params = match.slice(1).map(decodeURIComponent);
    const context = {query, onLeave: fn => { leaveCurrent = fn; }, isCurrent: () => mine === generation};
    document.body.dataset.page = nav;
    clear(main).append(h('p.loading', {}, 'Loading…'));
    try {
      const node = await page(params, context);
      if (mine === generation) {
        clear(main).append(node);
        document.dispatchEvent(new Event('sandcastle:rendered'));
        settleFocus();
      }
    } catch (error) {
      if (mine === generation) clear(main).append(errorBox(error));
    }
    return;
  }
  clear(main).append(h('section', {}, h('h1', {}, 'Not found'), h('p', {}, h('a', {href: '#/'}, 'Back to the missions'))));
}

// Keyboard users must not be left on a link that the new page removed: start them at the
// content (pages that focus a field themselves keep it).
function settleFocus() {
  if (!document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected) {
    main.focus({preventScroll: true});
  }
  window.scrollTo(0, 0);
}

export function errorBox(error) {
  return h('div.alert.error', {role: 'alert'}, error && error.message ? error.message : String(error));
}

function markNav(current) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === current) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
}

function renderAccount() {
  const box = clear(document.getElementById('account'));
  const current = session.get();
  if (current) {
    box.append(playerLink(current.name),
      h('button.link', {type: 'button', id: 'sign-out', onclick: signOut}, 'Sign out'));
  } else {
    box.append(h('a', {href: '#/signin', 'data-nav': 'account', id: 'sign-in-link'}, 'Sign in'));
  }
}

async function signOut() {
  try {
    await api('DELETE', '/api/tokens/current');
  } catch (ignored) {
    // The token is dropped from this tab either way; an expired one is already useless.
  }
  session.clear();
  navigate('#/');
}

window.addEventListener('hashchange', route);
window.addEventListener('sandcastle:session', renderAccount);
renderAccount();
route();
