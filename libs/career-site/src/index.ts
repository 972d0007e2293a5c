export { CareerSiteModule } from './career-site.module.js';
