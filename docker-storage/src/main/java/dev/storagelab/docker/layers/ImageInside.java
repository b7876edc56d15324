package dev.storagelab.docker.layers;

import dev.storagelab.docker.input.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * What is inside an image: every layer with what it added, modified and removed in the stack below
 * it, the filesystem as seen at any layer, and how much the image wastes.
 */
public final class ImageInside {

  private final ImageContents image;
  private final List<LayerReport> layers;
  private final Efficiency efficiency;

  private ImageInside(ImageContents image, List<LayerReport> layers, Efficiency efficiency) {
    this.image = image;
    this.layers = List.copyOf(layers);
    this.efficiency = efficiency;
  }

  /** Stacks an image's layers in order and measures it. */
  public static ImageInside of(ImageContents image) {
    Stack stack = new Stack();
    List<LayerReport> reports = new ArrayList<>();
    for (ImageLayer layer : image.layers()) {
      reports.add(new LayerReport(layer, stack.apply(layer.contents())));
    }
    return new ImageInside(image, reports, DiveEfficiency.of(image.layers()));
  }

  /** The image as read. */
  public ImageContents image() {
    return image;
  }

  /** Every layer, base first, with its changes. */
  public List<LayerReport> layers() {
    return layers;
  }

  /** One layer, by its index from 0 at the bottom. */
  public LayerReport layer(int index) {
    return layers.get(checked(index));
  }

  /** The image's wasted bytes and efficiency score, by dive's definitions. */
  public Efficiency efficiency() {
    return efficiency;
  }

  /** The sum of the layers' sizes. */
  public long sizeBytes() {
    return image.layers().stream().mapToLong(l -> l.contents().size()).sum();
  }

  /**
   * The filesystem as a container would see it with layers 0 to {@code index} stacked, paths in
   * order.
   */
  public List<LayerEntry> filesAt(int index) {
    Stack stack = new Stack();
    for (int i = 0; i <= checked(index); i++) {
      stack.apply(image.layers().get(i).contents());
    }
    return stack.entries();
  }

  private int checked(int index) {
    if (index < 0 || index >= layers.size()) {
      throw new InputException(
          "There is no layer "
              + index
              + ": the image has layers 0 to "
              + (layers.size() - 1)
              + " (image layers IMAGE lists them).",
          Integer.toString(index));
    }
    return index;
  }
}
