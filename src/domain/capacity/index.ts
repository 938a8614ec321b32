/**
 * Resource capacity and demand (pure, no I/O): working days and months, capacity of people and roles
 * from FTE, absences and non-project time, proposed and committed demand, what-if shifts, the heat
 * map with utilisation bands, over-allocation, and the plan that writes a request's committed demand
 * exactly once. The Capacity web part and the optimizer's role × month rows both use it.
 */
export * from './calendar';
export * from './capacity';
export * from './demand';
export * from './heatmap';
