package uringcheck.checks.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.model.Obligation;
import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.LifecycleObligations;

/**
 * {@code uringcheck obligations}: the proof obligations O1-O15 (SPEC §6) with their sources, whether the
 * lifecycle model checks each one ({@link LifecycleObligations#outOfScope()} says why not), and which
 * catalogue targets are expected to violate it.
 */
@Command(name = "obligations", mixinStandardHelpOptions = true,
        description = "List the proof obligations, whether each is checked, and the catalogue targets that violate it.")
public final class ObligationsCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<Obligation, String> outOfScope = LifecycleObligations.outOfScope();
        ArrayNode array = JsonReport.array();
        for (Obligation o : Obligation.values()) {
            List<String> violatedBy = violatedBy(o);
            String reason = outOfScope.get(o);
            if (json) {
                ObjectNode node = array.addObject();
                node.put("id", o.name());
                node.put("statement", o.statement());
                node.put("source", o.source());
                node.put("checked", reason == null);
                node.put("notCheckedBecause", reason);
                ArrayNode by = node.putArray("violatedBy");
                violatedBy.forEach(by::add);
                continue;
            }
            out.printf(Locale.ROOT, "%-4s %s%n     source: %s%n", o.name(), o.statement(), o.source());
            if (reason != null) {
                out.printf(Locale.ROOT, "     not checked: %s%n", reason);
            } else {
                out.printf(Locale.ROOT, "     checked; violated in the catalogue by: %s%n",
                        violatedBy.isEmpty() ? "(none)" : String.join(", ", violatedBy));
            }
        }
        if (json) {
            out.println(JsonReport.write(array));
        }
        out.flush();
        return Main.OK;
    }

    private List<String> violatedBy(Obligation o) {
        List<String> names = new ArrayList<>();
        for (CheckTarget t : main.catalogue().targets()) {
            if (t.expected().properties().contains(PropertyId.of(o))) {
                names.add(t.name());
            }
        }
        return names;
    }
}
