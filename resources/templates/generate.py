"""Regenerate the templates of File ▸ New from Template:
``python resources/templates/generate.py``.

Each template is written through the Document API (so it obeys the rules table and the
current file format) and laid out along its journey by ``layout.journey``;
``tests/test_templates.py`` checks that the committed files are exactly what this
script writes.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from ucdesigner.io.authoring import Author, slug, write_documents
from ucdesigner.layout import route_lines
from ucdesigner.layout.journey import journey_diagram
from ucdesigner.layout.quality import measure
from ucdesigner.model import (
    DiagramInfo,
    Document,
    Extend,
    ExtensionPoint,
    Generalization,
    Include,
    Point,
)
from ucdesigner.model.diagram import Lanes
from ucdesigner.model.journey import DEFAULT_TOUCHPOINTS, Journey, JourneyStep, Kpi, Stage

HERE = Path(__file__).resolve().parent
EFFORT = 600
SEEDS = 4
WIDEST = (1.8, 1.7)
"""Proportions the layout spreads its rows for (the export's names widen it a little)."""
"""Arrangements the journey layout tries per diagram (an import tries far fewer)."""


class Template(Author):
    """An ``Author`` of a customer journey, laid out along it by ``layout.journey``."""

    STEP = "_s"  # step ids "uc_track_order_s1", extensions "uc_track_order_x1"
    EXTENSION = "_x"

    def journey(self, stages: list[tuple[str, tuple[str, ...]]], touchpoints=()) -> None:
        self.doc.set_journey(
            Journey(
                stages=tuple(
                    Stage(id=f"stage_{slug(name)}", name=name, pain_points=pains)
                    for name, pains in stages
                ),
                touchpoints=(*DEFAULT_TOUCHPOINTS, *touchpoints),
            )
        )

    def stage(self, name: str) -> str:
        found = self.doc.journey.stage_named(name)
        assert found is not None, name
        return found.id

    def usecase(
        self,
        name: str,
        stage: str,
        touchpoints: tuple[str, ...] = (),
        emotion: int | None = None,
        pains: tuple[str, ...] = (),
        kpis: tuple[Kpi, ...] = (),
        **fields,
    ) -> str:
        step = JourneyStep(
            stage=self.stage(stage),
            touchpoints=touchpoints,
            emotion=emotion,
            pain_points=pains,
            kpis=kpis,
        )
        return super().usecase(name, journey=step, **fields)

    def spec(
        self,
        name: str,
        goal: str,
        primary: tuple[str, ...],
        trigger: str,
        steps: list[str],
        extensions: list[tuple[int, str, list[str]]] = (),
        pre: tuple[str, ...] = (),
        post: tuple[str, ...] = (),
        stakeholders: tuple[tuple[str, str], ...] = (),
        rules: tuple[str, ...] = (),
    ) -> None:
        """A fully dressed specification; ``extensions`` are (step number, condition,
        steps)."""
        self.specify(
            name,
            steps,
            [(number, condition, None, texts) for number, condition, texts in extensions],
            goal=goal,
            scope=self.doc.name,
            level="user goal",
            primary_actors=primary,
            stakeholders=stakeholders,
            preconditions=pre,
            trigger=trigger,
            postconditions=post,
            business_rules=rules,
        )

    def diagram(
        self,
        diagram_id: str,
        name: str,
        notes: dict[str, tuple[float, float]] | None = None,
    ) -> None:
        """One diagram with lanes, everything on it, laid out along the journey;
        ``notes`` moves the condition notes of extends (relationship id -> offset)."""
        doc = self.doc
        # The search's seeds give as many good arrangements; the one whose routed lines
        # cross fewest (then pass fewest shapes, then fit a slide best) is kept.
        best = None
        for seed, widest in itertools.product(range(SEEDS), WIDEST):
            laid = journey_diagram(
                diagram_id,
                name,
                None,
                doc.nodes(),
                doc.relationships(),
                doc.journey,
                effort=EFFORT,
                seed=seed,
                slide=widest,
            )
            laid = route_lines(doc, laid, frozenset(e.element for e in laid.edges))
            score = _score(doc, laid)
            if best is None or score < best[0]:
                best = (score, laid)
        diagram = best[1]
        notes = notes or {}
        edges = tuple(
            e.model_copy(
                update={"note_offset": Point(x=notes[e.element][0], y=notes[e.element][1])}
            )
            if e.element in notes
            else e
            for e in diagram.edges
        )
        doc.add_diagram(diagram.model_copy(update={"edges": edges}))


def _score(doc: Document, diagram) -> tuple:
    """Problems as the export draws the diagram (crossings, lines through shapes,
    labels on lines or shapes, a picture out of a slide's 4:3..2:1), then how far from
    the middle of a slide's proportions."""
    from ucdesigner.io.render.drawn_geometry import drawn_geometry

    trial = doc.copy()
    trial.add_diagram(diagram)
    report = measure(drawn_geometry(trial, diagram.id))
    outside = not 4 / 3 <= report.aspect <= 2.0
    problems = (
        report.crossings
        + report.lines_through
        + report.label_collisions
        + report.labels_on_lines
        + report.lines_on_frames
        + report.detached_labels
        + report.overlaps
    )
    return (problems + 3 * outside, abs(report.aspect - 1.7))


def kpi(name: str, perspective: str, target: float, current: float, unit: str, better="higher"):
    return Kpi(
        name=name, perspective=perspective, target=target, current=current, unit=unit, better=better
    )


# --------------------------------------------------------------------------- templates


def blank() -> Document:
    """The default journey and one empty diagram showing its lanes."""
    doc = Document("Customer journey")
    doc.add_diagram(
        DiagramInfo(
            id="diagram_journey", name="Customer journey", lanes=Lanes(x=60, y=40, width=240)
        )
    )
    return doc


def post_purchase_support() -> Document:
    """After the purchase: delivery, getting started, problems, resolution, loyalty."""
    t = Template(Document("Post-purchase support"))
    t.doc.set_info(
        documentation="What customers go through after they bought, from delivery to "
        "staying loyal, and what the service platform does for them at each step."
    )
    t.journey(
        [
            ("Delivery", ("No update when the parcel is late",)),
            ("Getting started", ()),
            ("Something goes wrong", ("Customers do not know whether a fault is covered",)),
            ("Resolution", ()),
            ("Staying loyal", ()),
        ]
    )
    platform = {"subjects": (t.subject("Customer Service Platform"),)}
    t.actor("Customer", documentation="Someone who bought from us.")
    t.actor("Support Agent", documentation="Answers customers by phone, chat and e-mail.")
    t.actor("Carrier", stereotypes=("system",), documentation="The delivery company's system.")
    t.usecase(
        "Track Order",
        "Delivery",
        ("web", "app", "email"),
        0,
        kpis=(kpi("Where-is-my-order contacts", "internal_process", 5, 8, "% of orders", "lower"),),
        **platform,
    )
    t.usecase(
        "Reschedule Delivery",
        "Delivery",
        ("web", "app"),
        1,
        **platform,
    )
    t.usecase(
        "Set Up Product",
        "Getting started",
        ("app", "web"),
        -1,
        ("The manual in the box is the only guide",),
        **platform,
    )
    t.usecase("Troubleshoot Product", "Something goes wrong", ("web", "chat"), -1, **platform)
    t.usecase(
        "Request Return",
        "Something goes wrong",
        ("web", "store"),
        -1,
        ("Printing the return label",),
        (kpi("Return processing time", "internal_process", 3, 2.5, "days", "lower"),),
        **platform,
    )
    t.usecase("Verify Purchase", "Something goes wrong", **platform)
    t.usecase(
        "Contact Support",
        "Resolution",
        ("phone", "chat", "email"),
        -2,
        ("Long wait on the phone", "Has to repeat the problem to each agent"),
        (
            kpi("First contact resolution", "internal_process", 75, 68, "%"),
            kpi("Customer satisfaction (CSAT)", "customer", 4.5, 4.6, "of 5"),
            kpi("Agent training", "learning_growth", 20, 12, "hours a quarter"),
        ),
        extension_points=(ExtensionPoint(id="ep_contact_support_unresolved", name="Unresolved"),),
        **platform,
    )
    t.usecase("Escalate to Specialist", "Resolution", ("phone",), **platform)
    t.usecase(
        "Receive Refund",
        "Resolution",
        ("email",),
        1,
        kpis=(kpi("Cost per return", "financial", 12, 15, "EUR", "lower"),),
        **platform,
    )
    t.usecase(
        "Rate Support",
        "Staying loyal",
        ("email", "app"),
        1,
        kpis=(kpi("Net Promoter Score", "customer", 40, 31, "points"),),
        **platform,
    )
    t.usecase(
        "Join Loyalty Programme",
        "Staying loyal",
        ("app", "store"),
        2,
        kpis=(kpi("Repeat purchase rate", "financial", 35, 29, "%"),),
        **platform,
    )
    t.serves(
        "Customer",
        "Track Order",
        "Reschedule Delivery",
        "Set Up Product",
        "Troubleshoot Product",
        "Request Return",
        "Contact Support",
        "Rate Support",
        "Join Loyalty Programme",
    )
    t.serves("Carrier", "Track Order", "Reschedule Delivery")
    t.serves("Support Agent", "Contact Support", "Escalate to Specialist", "Receive Refund")
    t.link(Include, "Request Return", "Verify Purchase")
    t.link(Include, "Request Return", "Receive Refund")
    t.link(
        Extend,
        "Escalate to Specialist",
        "Contact Support",
        condition="the first agent cannot solve it",
        extension_points=("ep_contact_support_unresolved",),
    )
    t.spec(
        "Track Order",
        "The customer knows when the parcel will arrive.",
        ("Customer",),
        "The customer opens the order from the confirmation e-mail or the app.",
        [
            "The customer opens the order.",
            "The platform asks the carrier for the parcel's status.",
            "The platform shows the status and the expected delivery window.",
        ],
        [(2, "The carrier does not answer", ["The platform shows the last known status."])],
        pre=("The order has been shipped.",),
        post=("The customer has seen the expected delivery window.",),
    )
    t.spec(
        "Request Return",
        "The customer sends an item back and gets the money back.",
        ("Customer",),
        "The customer chooses Return on an order.",
        [
            "The customer chooses the item and the reason.",
            "The platform verifies the purchase and the return window.",
            "The platform offers a drop-off point or a pick-up.",
            "The customer hands the parcel over.",
            "The platform refunds the customer when the item arrives.",
        ],
        [
            (2, "The return window has passed", ["The platform offers a repair instead."]),
            (3, "The customer prefers a store", ["The platform shows nearby stores."]),
        ],
        pre=("The customer has an order delivered in the last 30 days.",),
        post=("The refund is on its way.", "The customer has a return receipt."),
        stakeholders=(("Finance", "Refunds match returned items."),),
        rules=("Returns are free within 30 days of delivery.",),
    )
    t.spec(
        "Contact Support",
        "The customer's problem is solved in one contact.",
        ("Customer",),
        "The customer calls, writes or starts a chat.",
        [
            "The customer describes the problem.",
            "The platform shows the agent the customer's orders and past contacts.",
            "The agent solves the problem.",
            "The platform asks the customer to rate the contact.",
        ],
        [(3, "The agent cannot solve it", ["The agent escalates to a specialist."])],
        post=("The problem is solved or handed to a specialist with its history.",),
        stakeholders=(("Support Agent", "Sees the whole history at once."),),
    )
    t.diagram(
        "diagram_post_purchase",
        "Post-purchase journey",
    )
    return t.doc


def intent_phase() -> Document:
    """The intent phase of an online shop: from a need to the decision to buy."""
    t = Template(Document("Online shop: intent phase"))
    t.doc.set_info(
        documentation="How shoppers go from a need to a decision, and how the shop helps "
        "them search, compare and decide."
    )
    t.journey(
        [
            ("Need", ()),
            ("Search", ("Search finds nothing for everyday words",)),
            ("Evaluation", ()),
            ("Decision", ("Delivery costs are shown only at checkout",)),
        ],
        touchpoints=("social media",),
    )
    shop = {"subjects": (t.subject("Online Shop"),)}
    t.actor("Shopper")
    t.actor("Registered Shopper")
    t.actor("Recommendation Engine", stereotypes=("system",))
    t.actor("Customer Service Agent")
    t.usecase(
        "Receive Inspiration",
        "Need",
        ("social media", "email"),
        1,
        kpis=(kpi("Campaign click-through", "customer", 3, 3.4, "%"),),
        **shop,
    )
    t.usecase(
        "Search Products",
        "Search",
        ("web", "app"),
        -1,
        ("Typos give no results",),
        (kpi("Searches with a result clicked", "internal_process", 70, 58, "%"),),
        **shop,
    )
    t.usecase("Browse Catalogue", "Search", ("web", "app"), 0, **shop)
    t.usecase("Ask a Question", "Search", ("chat",), 1, **shop)
    t.usecase(
        "Compare Products",
        "Evaluation",
        ("web",),
        0,
        ("Specifications are not side by side on mobile",),
        **shop,
    )
    t.usecase("Read Reviews", "Evaluation", ("web", "app"), 1, **shop)
    t.usecase(
        "Get Recommendations",
        "Evaluation",
        ("web", "app", "email"),
        1,
        kpis=(
            kpi("Days since the model was retrained", "learning_growth", 7, 21, "days", "lower"),
        ),
        **shop,
    )
    t.usecase("Save to Wishlist", "Decision", ("web", "app"), 1, **shop)
    t.usecase("Check Delivery Options", "Decision", ("web", "app"), -1, **shop)
    t.usecase(
        "Start Checkout",
        "Decision",
        ("web", "app"),
        0,
        kpis=(
            kpi("Conversion rate", "financial", 3.5, 2.8, "%"),
            kpi("Average order value", "financial", 60, 63, "EUR"),
        ),
        **shop,
    )
    t.link(Generalization, "Registered Shopper", "Shopper")
    t.serves(
        "Shopper",
        "Receive Inspiration",
        "Search Products",
        "Browse Catalogue",
        "Ask a Question",
        "Compare Products",
        "Check Delivery Options",
        "Start Checkout",
    )
    t.serves("Registered Shopper", "Get Recommendations", "Save to Wishlist")
    t.serves("Recommendation Engine", "Get Recommendations")
    t.serves("Customer Service Agent", "Ask a Question")
    t.link(Include, "Compare Products", "Read Reviews")
    t.spec(
        "Search Products",
        "The shopper finds the products that fit the need.",
        ("Shopper",),
        "The shopper types words in the search box.",
        [
            "The shopper types what they look for.",
            "The shop suggests products and categories while they type.",
            "The shop lists matching products, best match first.",
            "The shopper narrows the list with filters.",
        ],
        [(3, "Nothing matches", ["The shop offers close spellings and popular products."])],
        post=("The shopper sees products that match the words.",),
    )
    t.spec(
        "Compare Products",
        "The shopper sees the differences that matter between a few products.",
        ("Shopper",),
        "The shopper ticks Compare on two or more products.",
        [
            "The shopper picks the products to compare.",
            "The shop shows their features side by side, differences first.",
            "The shopper reads the reviews of one of them.",
        ],
        pre=("The shopper has at least two products in view.",),
        post=("The shopper has a shortlist.",),
    )
    t.spec(
        "Start Checkout",
        "The shopper decides to buy and knows the full price.",
        ("Shopper",),
        "The shopper chooses Checkout in the basket.",
        [
            "The shop shows the basket with delivery costs and dates.",
            "The shopper confirms the basket.",
            "The shop asks for the delivery address.",
        ],
        [(1, "An item is out of stock", ["The shop offers an alternative or removes it."])],
        post=("The basket is ready for payment.",),
        rules=("Delivery costs are shown before the shopper confirms the basket.",),
    )
    t.diagram("diagram_intent", "Intent phase")
    return t.doc


def full_journey() -> Document:
    """Every stage of the default journey, from awareness to advocacy."""
    t = Template(Document("Customer journey"))
    t.doc.set_info(
        documentation="The whole customer journey of a retailer: how customers hear of "
        "it, choose, buy, get help and recommend it."
    )
    t.journey(
        [
            ("Awareness", ()),
            ("Consideration / Intent", ()),
            ("Purchase", ("Surprise costs at checkout",)),
            ("Post-purchase support", ()),
            ("Advocacy", ("Happy customers are never asked for a review",)),
        ],
        touchpoints=("social media",),
    )
    shop = {"subjects": (t.subject("Retail Platform"),)}
    t.actor("Customer")
    t.actor("Support Agent")
    t.actor("Payment Provider", stereotypes=("system",))
    t.usecase(
        "Discover Brand",
        "Awareness",
        ("social media", "web"),
        1,
        kpis=(kpi("Cost per new visitor", "financial", 0.8, 1.1, "EUR", "lower"),),
        **shop,
    )
    t.usecase("Subscribe to Newsletter", "Awareness", ("web", "email"), 0, **shop)
    t.usecase(
        "Compare Products",
        "Consideration / Intent",
        ("web", "app", "store"),
        0,
        ("Hard to compare plans on a phone",),
        **shop,
    )
    t.usecase("Read Reviews", "Consideration / Intent", ("web", "app"), 1, **shop)
    t.usecase(
        "Place Order",
        "Purchase",
        ("web", "app", "store"),
        0,
        kpis=(kpi("Checkout conversion", "financial", 65, 67, "%"),),
        extension_points=(ExtensionPoint(id="ep_place_order_payment", name="Payment"),),
        **shop,
    )
    t.usecase("Pay for Order", "Purchase", ("web", "app", "store"), 0, **shop)
    t.usecase("Apply Discount Code", "Purchase", ("web", "app"), 1, **shop)
    t.usecase("Track Delivery", "Post-purchase support", ("app", "email"), 0, **shop)
    t.usecase(
        "Return Item",
        "Post-purchase support",
        ("web", "store"),
        -1,
        ("Label printing at home",),
        (kpi("Return processing time", "internal_process", 3, 5, "days", "lower"),),
        **shop,
    )
    t.usecase(
        "Contact Support",
        "Post-purchase support",
        ("phone", "chat", "email"),
        -2,
        ("Long wait on the phone",),
        (
            kpi("Customer satisfaction (CSAT)", "customer", 4.5, 4.0, "of 5"),
            kpi("Agents certified on new products", "learning_growth", 90, 70, "%"),
        ),
        **shop,
    )
    t.usecase("Write Review", "Advocacy", ("web", "app", "email"), 1, **shop)
    t.usecase(
        "Refer a Friend",
        "Advocacy",
        ("app", "social media"),
        2,
        kpis=(kpi("Net Promoter Score", "customer", 45, 47, "points"),),
        **shop,
    )
    t.serves(
        "Customer",
        "Discover Brand",
        "Subscribe to Newsletter",
        "Compare Products",
        "Place Order",
        "Track Delivery",
        "Return Item",
        "Contact Support",
        "Write Review",
        "Refer a Friend",
    )
    t.serves("Payment Provider", "Pay for Order")
    t.serves("Support Agent", "Contact Support")
    t.link(Include, "Compare Products", "Read Reviews")
    t.link(Include, "Place Order", "Pay for Order")
    t.link(
        Extend,
        "Apply Discount Code",
        "Place Order",
        condition="the customer has a voucher",
        extension_points=("ep_place_order_payment",),
    )
    t.spec(
        "Compare Products",
        "The customer chooses the product that fits best.",
        ("Customer",),
        "The customer wants to choose between a few products.",
        [
            "The customer picks the products to compare.",
            "The platform shows them side by side with prices and ratings.",
            "The customer reads the reviews of the favourite.",
        ],
        post=("The customer has chosen a product.",),
    )
    t.spec(
        "Place Order",
        "The customer buys the chosen products.",
        ("Customer",),
        "The customer chooses Buy in the basket.",
        [
            "The platform shows the total with delivery costs.",
            "The customer enters or confirms the delivery address.",
            "The customer pays for the order.",
            "The platform confirms the order by e-mail.",
        ],
        [(3, "The payment is refused", ["The platform offers another payment method."])],
        pre=("The basket holds at least one product.",),
        post=("The order is paid and confirmed.",),
        stakeholders=(("Finance", "Every order is paid before it ships."),),
    )
    t.spec(
        "Return Item",
        "The customer sends an item back and gets the money back.",
        ("Customer",),
        "The customer chooses Return on a delivered order.",
        [
            "The customer chooses the item and the reason.",
            "The platform offers a drop-off point or a store.",
            "The customer hands the item over.",
            "The platform refunds the customer.",
        ],
        pre=("The item was delivered less than 30 days ago.",),
        post=("The refund is on its way.",),
    )
    t.diagram(
        "diagram_journey",
        "Customer journey",
    )
    return t.doc


TEMPLATES = {
    "blank.ucd": blank,
    "post-purchase-support.ucd": post_purchase_support,
    "intent-phase-online-shop.ucd": intent_phase,
    "full-customer-journey.ucd": full_journey,
}


def main(folder: Path = HERE) -> int:
    return write_documents(TEMPLATES, folder)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
