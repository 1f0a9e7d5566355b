package io.longwatch.demo;

/**
 * Benign life of the Linux web/jump host: cron jobs, a health check, daily maintenance and the
 * administrator's SSH sessions (including an SSH port forward and a {@code kill -9}, which the
 * tunnel and rootkit rules must not confuse with the adversary's).
 */
final class LinuxActivity {
    private static final String[] ADMIN_COMMANDS = {
        "/usr/bin/sudo systemctl status nginx", "/usr/bin/tail -n 200 /var/log/nginx/access.log", "/usr/bin/df -h",
        "/usr/bin/ls -la /etc/nginx/sites-enabled", "/usr/bin/ss -tlnp", "/usr/bin/journalctl -u nginx --since today",
        "/usr/bin/ssh -N -L 9443:10.20.0.20:443 tbauer@localhost", "/usr/bin/ls -L /usr/lib/jvm",
        "/usr/bin/curl -L -o /tmp/node_exporter.tar.gz https://downloads.example.org/node_exporter-1.8.2.tar.gz",
        "/usr/sbin/bpftool prog show", "/usr/bin/kill -9 %d", "/usr/bin/kill -HUP %d", "/usr/bin/uptime",
        "/usr/bin/top -b -n 1", "/usr/bin/grep -c \" 500 \" /var/log/nginx/access.log"
    };

    private LinuxActivity() {
    }

    static void generate(HostLog log) {
        Proc cron = log.spawn(DemoClock.START_MICROS - DemoClock.DAY, "/usr/sbin/cron", "/usr/sbin/cron -f -P", "root",
                "", "/");
        Proc sshd = log.spawn(DemoClock.START_MICROS - DemoClock.DAY, "/usr/sbin/sshd", "sshd: /usr/sbin/sshd -D "
                + "[listener] 0 of 10-100 startups", "root", "", "/");
        for (int day = 0; day < DemoClock.DAYS; day++) {
            for (int m = 0; m < 24 * 60; m += 15) {
                long t = DemoClock.at(day, 0, 0, 0) + m * DemoClock.MINUTE + log.jitter(2_000_000);
                cronJob(log, t, cron, "/usr/local/bin/healthcheck.sh", "nobody",
                        "/usr/bin/curl -s -o /dev/null -w %{http_code} http://127.0.0.1:8080/health");
                if (m % 60 == 15) {
                    cronJob(log, t + 2 * DemoClock.MINUTE, cron, "cd / && run-parts --report /etc/cron.hourly", "root",
                            "/usr/sbin/logrotate /etc/logrotate.d/nginx-hourly");
                }
            }
            long daily = DemoClock.at(day, 6, 25, 0) + log.jitter(DemoClock.MINUTE);
            cronJob(log, daily, cron, "test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }",
                    "root", "/usr/bin/python3 /usr/bin/unattended-upgrade");
            if (!DemoClock.weekend(day)) {
                int sessions = 1 + log.rng.nextInt(3);
                for (int s = 0; s < sessions; s++) {
                    adminSession(log, DemoClock.at(day, 7, 30, 0) + log.jitter(8 * DemoClock.HOUR), sshd);
                }
            }
        }
    }

    private static void cronJob(HostLog log, long t, Proc cron, String job, String user, String command) {
        Proc child = log.run(t, cron, "/usr/sbin/cron", "/usr/sbin/CRON -f -P", "root", "", null);
        Proc sh = log.run(t + 3_000, child, "/usr/bin/dash", "/bin/sh -c " + job, user, "", null);
        log.run(t + 9_000, sh, program(command), command, user, "", null);
    }

    private static void adminSession(HostLog log, long t, Proc sshd) {
        Proc priv = log.run(t, sshd, "/usr/sbin/sshd", "sshd: tbauer [priv]", "root", "", null);
        Proc user = log.run(t + 300_000, priv, "/usr/sbin/sshd", "sshd: tbauer@pts/0", "tbauer", "", null);
        Proc bash = log.run(t + 400_000, user, "/usr/bin/bash", "-bash", "tbauer", "", null);
        int n = 2 + log.rng.nextInt(5);
        long c = t + 20_000_000;
        for (int i = 0; i < n; i++) {
            String cmd = log.pick(ADMIN_COMMANDS);
            if (cmd.contains("%d")) {
                cmd = String.format(java.util.Locale.ROOT, cmd, 2000 + log.rng.nextInt(30000));
            }
            log.run(c, bash, program(cmd), cmd, "tbauer", "",
                    null);
            c += 15_000_000 + log.jitter(120_000_000);
        }
    }

    /** The executable of a command line: its first word. */
    private static String program(String commandLine) {
        int space = commandLine.indexOf(' ');
        return space < 0 ? commandLine : commandLine.substring(0, space);
    }
}
