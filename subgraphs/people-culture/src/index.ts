export { peopleCulture } from './module';
