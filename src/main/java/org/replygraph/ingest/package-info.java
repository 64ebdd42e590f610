/** Stage 1, ingest: bytes on disk to decoded text (encoding detection, saved HTML pages). Plain Java; uses only jsoup and juniversalchardet. */
package org.replygraph.ingest;
