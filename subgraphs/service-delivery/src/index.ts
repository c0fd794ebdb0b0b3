export { serviceDelivery } from './module';
