// The analyst's workbench: one page per view, each reading the JSON twin of its own address.
import { render } from "preact";
import { LocationProvider, Route, Router } from "preact-iso";
import { Layout } from "./components/Layout.js";
import { ArticlePage } from "./pages/ArticlePage.js";
import { Corrections } from "./pages/Corrections.js";
import { Event } from "./pages/Event.js";
import { Events } from "./pages/Events.js";
import { Network } from "./pages/Network.js";
import { Overview } from "./pages/Overview.js";
import { Person } from "./pages/Person.js";
import { Persons } from "./pages/Persons.js";
import { Search } from "./pages/Search.js";
import { Timeline } from "./pages/Timeline.js";
import { Upload } from "./pages/Upload.js";
import "./styles.css";

function NotFound() {
  return <div class="error">No such page. <a href="/">Back to the overview</a>.</div>;
}

function App() {
  return (
    <LocationProvider>
      <Layout>
        <Router>
          <Route path="/" component={Overview} />
          <Route path="/timeline" component={Timeline} />
          <Route path="/events" component={Events} />
          <Route path="/events/:cluster" component={Event} />
          <Route path="/articles/:id" component={ArticlePage} />
          <Route path="/persons" component={Persons} />
          <Route path="/persons/:id" component={Person} />
          <Route path="/network" component={Network} />
          <Route path="/search" component={Search} />
          <Route path="/upload" component={Upload} />
          <Route path="/corrections" component={Corrections} />
          <Route default component={NotFound} />
        </Router>
      </Layout>
    </LocationProvider>
  );
}

render(<App />, document.getElementById("app")!);
