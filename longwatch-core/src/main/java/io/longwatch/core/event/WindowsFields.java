package io.longwatch.core.event;

/**
 * Canonical names of the Windows {@code System} fields, whatever layout the record came in.
 * {@code EventData}/{@code UserData} fields keep their own names ({@code Image}, {@code CommandLine}).
 */
public final class WindowsFields {
    public static final String EVENT_ID = "EventID";
    public static final String CHANNEL = "Channel";
    public static final String PROVIDER_NAME = "Provider_Name";
    public static final String COMPUTER = "Computer";
    public static final String EVENT_RECORD_ID = "EventRecordID";
    public static final String SECURITY_USER_ID = "Security_UserID";

    private WindowsFields() {
    }
}
