/** The 系统管理 screens, loaded together as one chunk by the router (src/app/router.tsx). */
export { AdminIndexRedirect, AdminLayout } from './AdminLayout';
export { AuditScreen } from './AuditScreen';
export { CatalogueAdminScreen } from './CatalogueAdminScreen';
export { DevicesScreen } from './DevicesScreen';
export { HolidaysScreen } from './HolidaysScreen';
export { ImportScreen } from './ImportScreen';
export { ItemEditorScreen } from './ItemEditorScreen';
export { StationsScreen } from './StationsScreen';
export { UsersScreen } from './UsersScreen';
