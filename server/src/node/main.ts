// Node entry: stdio (`agreement-lens-ls --stdio`, other editors), IPC or a socket, as argv says.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { nodeHost } from './host';

startServer(createConnection(ProposedFeatures.all), nodeHost());
