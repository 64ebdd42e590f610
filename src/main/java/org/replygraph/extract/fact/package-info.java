/** The facts extraction yields: immutable records with spans (Letter, Proposal, AgencyRef, CentreMention …) and the entity table EntityKind. Depends on ingest and text only, on nothing else in extract, so every extract package and later stage can use it without a cycle. */
package org.replygraph.extract.fact;
