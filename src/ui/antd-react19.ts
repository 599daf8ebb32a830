/**
 * antd-mobile 5 renders its imperative APIs (Toast.show, Dialog.alert, …) with ReactDOM.render,
 * which React 19 removed. This registers a createRoot-based render, as antd-mobile's
 * "v5 for React 19" guide describes. Components used declaratively work without it.
 */
import { unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';

const roots = new WeakMap<Element | DocumentFragment, Root>();

unstableSetRender((node, container) => {
  let root = roots.get(container);
  if (!root) {
    root = createRoot(container);
    roots.set(container, root);
  }
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    roots.delete(container);
  };
});
