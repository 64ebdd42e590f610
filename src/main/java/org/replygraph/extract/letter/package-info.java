/** Parsers for the parts of a reply letter (salutation, title, number, session, 文号, dates, sign-off), each over cleaned simplified text. Plain Java. */
package org.replygraph.extract.letter;
