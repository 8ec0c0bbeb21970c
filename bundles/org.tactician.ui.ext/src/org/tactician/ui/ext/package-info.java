/**
 * Thin JFace adapters over EMF item providers, standing in for EMF's UI bundles (edit.ui,
 * common.ui), which are not on Maven Central: content and label providers for viewers, an image
 * cache for item-provider icons, a Properties-view source over item property descriptors, and
 * undo/redo actions on a command stack. Generic EMF, no plan knowledge.
 */
package org.tactician.ui.ext;
