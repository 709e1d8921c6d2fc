package dev.narrascope.app.watch;

import dev.narrascope.trend.AlertDetector;
import java.util.List;

/** The alerts standing now (as {@code narrascope alerts} computes them), strongest first. */
@FunctionalInterface
public interface AlertSource {
  AlertSource NONE = List::of;

  List<AlertDetector.Alert> current();
}
