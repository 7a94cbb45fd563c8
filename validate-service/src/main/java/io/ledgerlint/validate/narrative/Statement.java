package io.ledgerlint.validate.narrative;

/** An amount as the narrative states it, with the sentence's topic (what the sentence is about). */
public record Statement(Sentence sentence, String topic, Figures.Amount amount) {

    /** The label before the amount joined with the topic when the label alone ("支出决算为") names nothing. */
    public String subject() {
        return topic.isEmpty() || amount.label().startsWith(topic) ? amount.label() : topic + "·" + amount.label();
    }
}
