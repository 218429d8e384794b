// Steps of a meeting that more than one group takes in the browser.
import { base, check, expectMessage, pickDates } from './lib.mjs';
import { pickDepartment, pickPerson } from './forms.mjs';

/** The recorder, signed in on `page`, writes the minutes from the template with one decision and publishes them. */
export async function publishMinutes(page, meetingId, { resolutions, decision, owner, department, deadline }) {
  await page.goto(`${base}/meetings/${meetingId}?tab=minutes`);
  const form = page.getByTestId('minutes-form');
  await form.waitFor();
  check((await form.locator('input').first().inputValue()) !== '', 'the template fills in the time');
  await page.getByTestId('minutes-resolutions').fill(resolutions);
  await page.getByTestId('add-decision').click();
  await page.getByTestId('decision-content').fill(decision);
  const row = page.getByTestId('decision');
  await pickPerson(page, row.locator('.ant-select').first(), owner);
  await pickDepartment(page, row.locator('.ant-select').nth(1), department);
  await pickDates(page, page.getByTestId('decision-deadline'), [deadline]);
  await row.locator('.ant-select').first().getByText(owner, { exact: true }).waitFor();
  await row.locator('.ant-select').nth(1).getByText(department, { exact: true }).waitFor();
  check((await page.getByTestId('decision-deadline').locator('xpath=descendant-or-self::input').first().inputValue()) === deadline, 'the deadline is set');
  await page.getByTestId('minutes-publish').click();
  await expectMessage(page, '纪要已印发，决议已转督办');
  await page.getByTestId('decision-list').getByText('已转督办').waitFor();
}
