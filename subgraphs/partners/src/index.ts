export { partners } from './module';
