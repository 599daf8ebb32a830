/** The store-level operations, each run by a runner: reads without a transaction, writes in their own. */
import type { StoreOps } from './store';

type Runner = <T>(fn: (ops: StoreOps) => Promise<T>) => Promise<T>;

/**
 * The store-level operations: reads run on `read` (no transaction), writes each in their own transaction
 * on `write` (several statements and the replication seq must commit together).
 */
export function delegateStoreOps(read: Runner, write: Runner): StoreOps {
  return {
    upsertRegions: (regions) => write((ops) => ops.upsertRegions(regions)),
    getRegion: (code) => read((ops) => ops.getRegion(code)),
    listRegionsInScope: (scope) => read((ops) => ops.listRegionsInScope(scope)),
    insertUser: (user, now) => write((ops) => ops.insertUser(user, now)),
    getUserById: (id) => read((ops) => ops.getUserById(id)),
    getUserByUsername: (username) => read((ops) => ops.getUserByUsername(username)),
    setUserActive: (id, isActive, now) => write((ops) => ops.setUserActive(id, isActive, now)),
    setUserPasswordHash: (id, hash, now) => write((ops) => ops.setUserPasswordHash(id, hash, now)),
    countUsers: () => read((ops) => ops.countUsers()),
    insertDevice: (device) => write((ops) => ops.insertDevice(device)),
    getDevice: (id) => read((ops) => ops.getDevice(id)),
    listDevicesOfUser: (userId) => read((ops) => ops.listDevicesOfUser(userId)),
    listDevicesInScope: (scope) => read((ops) => ops.listDevicesInScope(scope)),
    touchDevice: (id, now, name) => write((ops) => ops.touchDevice(id, now, name)),
    revokeDevice: (id, now) => write((ops) => ops.revokeDevice(id, now)),
    insertRefreshToken: (token) => write((ops) => ops.insertRefreshToken(token)),
    getRefreshToken: (hash) => read((ops) => ops.getRefreshToken(hash)),
    rotateRefreshToken: (oldHash, next, now) => write((ops) => ops.rotateRefreshToken(oldHash, next, now)),
    revokeRefreshToken: (hash, now) => write((ops) => ops.revokeRefreshToken(hash, now)),
    revokeRefreshTokensOfDevice: (deviceId, now) =>
      write((ops) => ops.revokeRefreshTokensOfDevice(deviceId, now)),
    publishCatalogueItem: (item) => write((ops) => ops.publishCatalogueItem(item)),
    listLatestCatalogue: () => read((ops) => ops.listLatestCatalogue()),
    getCatalogueItem: (code, version) => read((ops) => ops.getCatalogueItem(code, version)),
    upsertHolidaySchedule: (schedule, now) => write((ops) => ops.upsertHolidaySchedule(schedule, now)),
    listHolidaySchedules: () => read((ops) => ops.listHolidaySchedules()),
    insertAction: (action) => write((ops) => ops.insertAction(action)),
    getAction: (id) => read((ops) => ops.getAction(id)),
    listActionsOfCase: (caseId) => read((ops) => ops.listActionsOfCase(caseId)),
    upsertCaseHead: (head) => write((ops) => ops.upsertCaseHead(head)),
    getCaseHead: (caseId) => read((ops) => ops.getCaseHead(caseId)),
    getCaseHeadForUpdate: (caseId) => read((ops) => ops.getCaseHeadForUpdate(caseId)),
    isFileReferencedInScope: (sha256, scope) => read((ops) => ops.isFileReferencedInScope(sha256, scope)),
    insertConsultation: (record) => write((ops) => ops.insertConsultation(record)),
    getConsultation: (id) => read((ops) => ops.getConsultation(id)),
    appendAudit: (entry) => write((ops) => ops.appendAudit(entry)),
    listAudit: (options) => read((ops) => ops.listAudit(options)),
    changesSince: (collection, scope, checkpoint, limit, options) =>
      read((ops) => ops.changesSince(collection, scope, checkpoint, limit, options)),
    maxSeq: () => read((ops) => ops.maxSeq()),
    getCaseHeadByReceiptNo: (receiptNo) => read((ops) => ops.getCaseHeadByReceiptNo(receiptNo)),
    listCaseHeadsInScope: (scope) => read((ops) => ops.listCaseHeadsInScope(scope)),
    listConsultationsInScope: (scope) => read((ops) => ops.listConsultationsInScope(scope)),
    listUsersInScope: (scope) => read((ops) => ops.listUsersInScope(scope)),
    queryAudit: (query) => read((ops) => ops.queryAudit(query)),
    insertThresholdSetting: (setting) => write((ops) => ops.insertThresholdSetting(setting)),
    listThresholdSettings: (district, limit) => read((ops) => ops.listThresholdSettings(district, limit)),
    getFollowUp: (caseId) => read((ops) => ops.getFollowUp(caseId)),
    saveFollowUp: (record) => write((ops) => ops.saveFollowUp(record)),
    listFollowUpsInScope: (scope) => read((ops) => ops.listFollowUpsInScope(scope)),
  };
}
