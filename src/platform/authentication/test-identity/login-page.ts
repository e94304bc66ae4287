import { html, page } from '../../../web/html.ts';
import type { LoginChoice } from './test-login.ts';

const PARTY_TYPES: Record<number, string> = {
  1: 'person',
  2: 'organisation',
  3: 'self-identified',
  4: 'sub-unit',
  5: 'bankruptcy estate',
};

function partyOptions(choice: LoginChoice) {
  const own = {
    partyId: choice.user.partyId,
    name: choice.user.name,
    partyType: choice.user.userType === 2 ? 3 : 1,
  };
  const others = choice.parties
    .flatMap((party) => [party, ...party.childParties])
    .filter((party) => party.partyId !== own.partyId && !party.onlyHierarchyElementWithNoAccess);
  return [own, ...others].map((party) => {
    const kind = `${PARTY_TYPES[party.partyType] ?? 'party'} ${party.partyId}`;
    const label =
      party === own
        ? `${choice.user.name}, for themselves (${kind})`
        : `${choice.user.name} for ${party.name} (${kind})`;
    return html`<option value="${choice.user.userId}.${party.partyId}">${label}</option>`;
  });
}

/** The test login form; it posts exactly what the local test platform's form posts. */
export function renderLoginPage(choices: readonly LoginChoice[], apps: readonly string[]): string {
  const body = html`
<h1 class="ds-heading" data-size="lg">Log in as a test user</h1>
<p class="ds-paragraph">Development mode: pick a person and the party to act for. The token is set as the
<code>AltinnStudioRuntime</code> cookie.</p>
<form class="tinn" method="post" action="/Home/LogInTestUser">
  <div class="ds-field">
    <label class="ds-label" for="UserSelect">User and party</label>
    <select class="ds-input" id="UserSelect" name="UserSelect" required>
      ${choices.map((choice) => html`<optgroup label="${choice.user.name}">${partyOptions(choice)}</optgroup>`)}
    </select>
  </div>
  <div class="ds-field">
    <label class="ds-label" for="AuthenticationLevel">Authentication level</label>
    <select class="ds-input" id="AuthenticationLevel" name="AuthenticationLevel">
      ${[0, 1, 2, 3, 4].map((level) => html`<option value="${level}"${level === 2 ? html` selected` : ''}>${level}</option>`)}
      <option value="-1">Not authenticated (log out)</option>
    </select>
  </div>
  <div class="ds-field">
    <label class="ds-label" for="AppPathSelection">App</label>
    <select class="ds-input" id="AppPathSelection" name="AppPathSelection">
      <option value="">Front page</option>
      ${apps.map((app) => html`<option value="${app}">${app}</option>`)}
    </select>
  </div>
  <button class="ds-button" data-variant="primary" type="submit">Log in</button>
</form>`;
  return page('Test login', body);
}
