// Worker-thread entry (dist/cli-worker.js): checks the batches of files the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, Checkers } from './check-file';
import { pack, type ToWorker, type WorkerInit } from './pool';

const init = workerData as WorkerInit;
const checkers = new Checkers(init.ruleSets);

parentPort?.on('message', (msg: ToWorker) => {
  const outcomes = msg.jobs.map((job) => checkFile(job, init.run, checkers));
  parentPort!.postMessage(pack(outcomes));
});
