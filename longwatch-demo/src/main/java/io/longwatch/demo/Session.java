package io.longwatch.demo;

/**
 * One working day of a user at their workstation: when they logged on and off, and the shell
 * and browser they used (the campaign's lure and beacons hang off these).
 */
record Session(int day, long start, long end, Proc explorer, Proc browser) {
}
