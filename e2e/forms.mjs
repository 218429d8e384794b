// Filling Ant Design widgets the way a person does: typing into searches and pickers.

/** Picks a person in a PersonSelect (a server search) by typing the name. */
export async function pickPerson(page, select, name) {
  await select.click();
  await page.keyboard.type(name);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${name}"]`).click();
  await page.keyboard.press('Escape');
}

/** Picks a department in a DepartmentSelect (the org chart as a tree) by typing its name. */
export async function pickDepartment(page, select, name) {
  await select.click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-title').getByText(name, { exact: true }).click();
  await page.keyboard.press('Escape');
}

/** Types the hours into a time RangePicker (browser's wall clock). */
export async function typeHours(page, picker, from, to) {
  const inputs = picker.locator('input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill(from);
  await page.keyboard.press('Enter');
  await inputs.nth(1).fill(to);
  await page.keyboard.press('Enter');
  await page.locator('.ant-picker-dropdown:visible').first().waitFor({ state: 'hidden' });
}
