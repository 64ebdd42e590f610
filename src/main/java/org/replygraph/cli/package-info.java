/** Command line on top of every stage: one thin picocli class per subcommand. */
package org.replygraph.cli;
