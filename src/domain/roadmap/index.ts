/**
 * The portfolio roadmap (pure, no I/O): the time axis of a zoom (`timeline`) and the projects'
 * lanes, bars and milestone markers on it (`lanes`). Days are 'YYYY-MM-DD' (src/domain/dates).
 */
export {
  inWindow, lastDayOf, monthLabel, monthsOf, quarterLabel, shiftWindow, ticksOf, windowAt, windowLabel, xOf, yearLabel, zoomWindow,
  type IRoadmapTick, type IRoadmapWindow, type RoadmapZoom
} from './timeline';
export {
  barOf, barState, markerDay, roadmapLanes, roadmapRow,
  type IRoadmapBar, type IRoadmapLane, type IRoadmapMarker, type IRoadmapMilestone, type IRoadmapRow, type RoadmapBarState
} from './lanes';
