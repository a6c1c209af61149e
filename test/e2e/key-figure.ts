/** A cell of the key-figures table (ledger × figure), found by its row header and the figure's name. */
import type { Locator, Page } from 'playwright-core';

export function keyFigure(page: Page, ledger: string, figure: string): Locator {
  const table = page.getByRole('table', { name: /^(Nøgletal pr\. kasse|Key figures per ledger)/ });
  return table.locator('tr', { has: page.getByRole('rowheader', { name: ledger, exact: true }) }).locator(`td[data-label="${figure}"]`);
}
