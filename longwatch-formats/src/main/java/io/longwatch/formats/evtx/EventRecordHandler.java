package io.longwatch.formats.evtx;

import io.longwatch.core.event.EventBuilder;
import io.longwatch.core.event.EventSink;
import io.longwatch.core.event.SourceRef;

/**
 * Maps each record to an {@code Event} and hands it to the sink. The event's record id is the
 * System EventRecordID (what analysts search for; exported logs renumber the record headers),
 * or the record header's identifier when the event has none.
 */
final class EventRecordHandler implements RecordHandler {

    private final String path;
    private final EventSink sink;
    private final EventBuilder builder = new EventBuilder();
    private EventMapper mapper;

    EventRecordHandler(String path, EventSink sink) {
        this.path = path;
        this.sink = sink;
    }

    @Override
    public void record(long recordId, BxNode[] document, BinXmlParser parser) {
        if (mapper == null) {
            mapper = new EventMapper(parser);
        }
        mapper.map(document, builder);
        long id = mapper.eventRecordId();
        sink.accept(builder.build(new SourceRef(path, 0, id >= 0 ? id : recordId)));
    }

    @Override
    public void abandon() {
        builder.reset();
    }
}
