// Builds the task pane and the function-commands page into dist/, with manifest.xml beside them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_BASE_URL = 'https://localhost:3000/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The base URL the add-in is served from in production; must be https and end with a slash. */
function productionBaseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) return undefined;
  if (!/^https:\/\/[^\s"'<>]+$/.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL, got: ${url}`);
  }
  return url.endsWith('/') ? url : `${url}/`;
}

async function devServerHttps() {
  if (process.env.DEV_HTTP === '1') return undefined;
  const devCerts = await import('office-addin-dev-certs');
  return { type: 'https', options: await devCerts.getHttpsServerOptions() };
}

/**
 * RECTIFY_E2E=1 adds a page for the end-to-end test only: taskpane-e2e.html boots the same pane
 * with the in-memory Excel double as its host (tests/e2e/harness). Without it the build is unchanged.
 */
function endToEndHarness() {
  if (process.env.RECTIFY_E2E === 'wps') return wpsHarness();
  if (process.env.RECTIFY_E2E === 'pane') return paneHarness();
  if (process.env.RECTIFY_E2E !== '1') return { entry: {}, plugins: [] };
  return {
    entry: { ...paneHarness().entry, ...wpsHarness().entry },
    plugins: [...wpsHarness().plugins, ...paneHarness().plugins],
  };
}

/**
 * taskpane-e2e.html alone. RECTIFY_E2E=pane builds only this page (no add-in, no WPS), for
 * end-to-end tests of the pane in Excel that need nothing else (tests/e2e/cycle.test.ts).
 */
function paneHarness() {
  return {
    entry: { 'taskpane-e2e': './tests/e2e/harness/boot-with-double.tsx' },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane-e2e.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane-e2e'],
        templateParameters: { officeJs: OFFICE_JS },
      }),
    ],
  };
}

/**
 * The same pane in WPS for the end-to-end test: the `wps` global over the ET double, no Office.js
 * (wps-e2e.html). RECTIFY_E2E=wps builds only this and the WPS package, for tests/e2e/wps.test.ts.
 */
function wpsHarness() {
  return {
    entry: { 'wps-e2e': './tests/e2e/harness/boot-with-et-double.tsx' },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'wps-e2e.html',
        template: './src/wps/taskpane.html',
        chunks: ['wps-e2e'],
      }),
    ],
  };
}

/**
 * The WPS add-in in dist/wps/: its hidden main page (ribbon callbacks), ribbon.xml, the same pane
 * without Office.js, the icons, and publish.xml / jsplugins.xml whose URLs follow ADDIN_BASE_URL
 * (dist/wps/ is served at <ADDIN_BASE_URL>wps/).
 */
export function wpsAddin(production, baseUrl) {
  const withBase = (content) =>
    production && baseUrl ? content.toString().replaceAll(DEV_BASE_URL, baseUrl) : content;
  return {
    entry: { 'wps/index': './src/wps/addin.ts', 'wps/taskpane': './src/taskpane/index.tsx' },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'wps/index.html',
        template: './src/wps/index.html',
        chunks: ['wps/index'],
      }),
      new HtmlWebpackPlugin({
        filename: 'wps/taskpane.html',
        template: './src/wps/taskpane.html',
        chunks: ['wps/taskpane'],
      }),
    ],
    patterns: [
      { from: 'src/wps/ribbon.xml', to: 'wps/ribbon.xml' },
      { from: 'assets/*.png', to: 'wps/assets/[name][ext]' },
      { from: 'src/wps/publish.xml', to: 'wps/publish.xml', transform: withBase },
      { from: 'src/wps/jsplugins.xml', to: 'wps/jsplugins.xml', transform: withBase },
    ],
  };
}

export default async (_env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = productionBaseUrl();
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const harness = endToEndHarness();
  const wps = wpsAddin(production, baseUrl);
  const sourceMaps = production ? 'source-map' : 'eval-source-map';
  const wpsOnly = process.env.RECTIFY_E2E === 'wps';
  const paneOnly = process.env.RECTIFY_E2E === 'pane';
  const config = {
    mode: production ? 'production' : 'development',
    // The end-to-end build skips source maps: they double its time and no one reads them there.
    devtool: process.env.RECTIFY_E2E === '1' || wpsOnly || paneOnly ? false : sourceMaps,
    entry: {
      ...(wpsOnly
        ? {}
        : { taskpane: './src/taskpane/index.tsx', commands: './src/ribbon/index.ts' }),
      ...wps.entry,
      ...harness.entry,
    },
    output: {
      path: path.resolve(root, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
        { resourceQuery: /raw/, type: 'asset/source' },
      ],
    },
    performance: { hints: false },
    plugins: wpsOnly
      ? [...harness.plugins, ...wps.plugins, new CopyWebpackPlugin({ patterns: wps.patterns })]
      : [
          ...harness.plugins,
          ...wps.plugins,
          new HtmlWebpackPlugin({
            filename: 'taskpane.html',
            template: './src/taskpane/taskpane.html',
            chunks: ['taskpane'],
            templateParameters: { officeJs: OFFICE_JS },
          }),
          new HtmlWebpackPlugin({
            filename: 'commands.html',
            template: './src/ribbon/commands.html',
            chunks: ['commands'],
            templateParameters: { officeJs: OFFICE_JS },
          }),
          new CopyWebpackPlugin({
            patterns: [
              { from: 'assets/*.png', to: 'assets/[name][ext]' },
              { from: 'assets/help.html', to: 'help.html' },
              ...wps.patterns,
              {
                from: 'manifest.xml',
                to: 'manifest.xml',
                transform: (content) =>
                  production && baseUrl
                    ? content
                        .toString()
                        .replaceAll(DEV_BASE_URL, baseUrl)
                        .replaceAll(DEV_BASE_URL.slice(0, -1), baseUrl.slice(0, -1))
                    : content,
              },
            ],
          }),
        ],
    devServer: serving
      ? {
          host: process.env.DEV_HOST ?? 'localhost',
          port: Number(process.env.DEV_PORT ?? 3000),
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: await devServerHttps(),
          static: false,
          hot: false,
        }
      : undefined,
  };
  // The pane's end-to-end page alone: none of the add-in's pages, no WPS package.
  return paneOnly ? { ...config, entry: harness.entry, plugins: harness.plugins } : config;
};
