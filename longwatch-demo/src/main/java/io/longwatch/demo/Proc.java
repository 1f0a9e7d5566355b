package io.longwatch.demo;

/**
 * A running process as Sysmon describes it; children and network records refer back to it.
 *
 * @param image       full path of the executable
 * @param commandLine its command line
 * @param pid         process id
 * @param guid        Sysmon process GUID
 * @param user        {@code DOMAIN\\user}
 * @param integrity   integrity level
 * @param currentDir  working directory
 */
record Proc(String image, String commandLine, int pid, String guid, String user, String integrity,
            String currentDir) {
}
