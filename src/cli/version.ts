// The CLI's version, printed by `--version` and written into SARIF/JUnit/HTML reports.
// Kept equal to package.json's version by test/unit/cli-package.spec.ts.
export const CLI_VERSION = '0.1.0';
export const CLI_NAME = 'contract-registry';
export const CLI_INFO_URI = 'https://gitlab.opencode.de/dstack/contract-registry';
