import type { ICapacityService } from '../CapacityService';
import type { ISiteAddress } from '../site';
import type { ISiteTimeZoneSource } from '../siteTimeZone';
import type { SPFI } from '../../platform/pnp';

/**
 * The capacity service for intake (approval and conversion write a request's committed demand),
 * loaded with its own chunk ('capacity-service') on the first call, so that the intake web parts'
 * first view does not carry it. A chunk that fails to load is tried again on the next call.
 */
export function lazyCapacityService(sp: SPFI, site: ISiteAddress, siteTimeZone: ISiteTimeZoneSource): ICapacityService {
  let loaded: Promise<ICapacityService> | undefined;
  const get = (): Promise<ICapacityService> => {
    if (!loaded) {
      loaded = import(/* webpackChunkName: 'capacity-service' */ '../CapacityService').then(m => new m.CapacityService(sp, site, { siteTimeZone }));
      loaded.catch(() => { loaded = undefined; });
    }
    return loaded;
  };
  return {
    getCapacityData: (first, count) => get().then(s => s.getCapacityData(first, count)),
    commitRequestDemand: (requestId, projectId) => get().then(s => s.commitRequestDemand(requestId, projectId)),
    getProjectAssignments: projectId => get().then(s => s.getProjectAssignments(projectId)),
    getRolesAndPeople: () => get().then(s => s.getRolesAndPeople()),
    saveProjectAssignments: (projectId, rows) => get().then(s => s.saveProjectAssignments(projectId, rows)),
    previewShift: (projectId, oldStart, newStart) => get().then(s => s.previewShift(projectId, oldStart, newStart)),
    shiftProjectAssignments: (projectId, months) => get().then(s => s.shiftProjectAssignments(projectId, months)),
    saveRoleCapacity: (roleId, input) => get().then(s => s.saveRoleCapacity(roleId, input)),
    savePerson: (personId, input) => get().then(s => s.savePerson(personId, input)),
    addAbsence: input => get().then(s => s.addAbsence(input)),
    deleteAbsence: id => get().then(s => s.deleteAbsence(id)),
    saveSettings: (settings, seen) => get().then(s => s.saveSettings(settings, seen)),
    saveWhatIf: input => get().then(s => s.saveWhatIf(input)),
    listWhatIfs: () => get().then(s => s.listWhatIfs())
  };
}
