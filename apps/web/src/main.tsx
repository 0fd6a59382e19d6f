import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import "./styles/base.css";
import "./styles/buttons.css";
import "./styles/start.css";
import "./styles/room.css";
import "./styles/choices.css";
import "./styles/phases.css";
import "./styles/draft.css";
import "./styles/overlay.css";
import "./styles/home.css";
import "./styles/recap.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
