// Web-worker entry (VS Code for the Web): no file system, so only the settings apply.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { localToday } from '../lsp/host';
import { startServer } from '../lsp/server';

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), { today: () => localToday() });
