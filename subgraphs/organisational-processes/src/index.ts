export { organisationalProcesses } from './module';
