/** Engine version, stored in every report and evidence manifest; bump when verdicts can change. */
export const ENGINE_VERSION = '0.1.0';
