package org.directivetracker.api.directives;

import org.directivetracker.api.support.ApiTest;
import org.directivetracker.api.support.Given;
import org.directivetracker.api.support.Http.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every (account kind x write endpoint) pair: the permitted ones succeed and store events, the others answer 403 and
 * leave the directive's stream as it was. The path always names Láng Tròn; "other chair" is Đất Mũi's chair.
 */
class WriteAccessMatrixTest extends ApiTest {

    enum Who {
        LEADER("leader"), AUDITOR("auditor"), OWN_CHAIR("chair-" + LANG_TRON), OTHER_CHAIR("chair-" + DAT_MUI),
        /** The department the obstacles of the referral endpoints are referred to, and another one. */
        REFERRED_DEPARTMENT("dept-SXD"), OTHER_DEPARTMENT("dept-STC");

        final String account;

        Who(String account) {
            this.account = account;
        }
    }

    /** A write endpoint: how to prepare a directive for it, its path and body, and who may call it. */
    record Endpoint(String name, Function<Given, String[]> prepare, String pathTemplate, String body, Set<Who> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String COMMUNE = "/api/directives/{id}/communes/" + LANG_TRON;
    private static final Set<Who> PROVINCE = Set.of(Who.LEADER);
    private static final Set<Who> OWN = Set.of(Who.OWN_CHAIR);

    static List<Endpoint> endpoints() {
        String future = Given.inDays(30).toString();
        String later = Given.inDays(45).toString();
        return List.of(
                new Endpoint("issue", g -> new String[]{null}, "/api/directives",
                        "{\"title\":\"Rà soát trang thiết bị\",\"description\":\"Theo Công văn số 1234/UBND-VP\",\"deadline\":\"" + future
                                + "\",\"communes\":[\"" + LANG_TRON + "\"]}", PROVINCE),
                new Endpoint("assign communes", g -> new String[]{g.issued(LANG_TRON)}, "/api/directives/{id}/communes",
                        "{\"communes\":[\"" + DAT_MUI + "\"]}", PROVINCE),
                new Endpoint("change deadline", g -> new String[]{g.issued(LANG_TRON)}, "/api/directives/{id}/deadline",
                        "{\"deadline\":\"" + later + "\",\"reason\":\"Theo đề nghị của Sở Nội vụ\"}", PROVINCE),
                new Endpoint("withdraw", g -> new String[]{g.issued(LANG_TRON)}, "/api/directives/{id}/withdraw",
                        "{\"reason\":\"Lồng ghép vào kế hoạch khác\"}", PROVINCE),
                new Endpoint("close", g -> new String[]{g.issued(LANG_TRON)}, "/api/directives/{id}/close",
                        "{\"note\":\"Kết thúc theo dõi, chuyển sang kế hoạch năm sau\"}", PROVINCE),
                new Endpoint("acknowledge", g -> new String[]{g.issued(LANG_TRON)}, COMMUNE + "/acknowledge", null, OWN),
                new Endpoint("report progress", g -> new String[]{g.acknowledged(LANG_TRON)}, COMMUNE + "/progress",
                        "{\"percent\":40,\"note\":\"Đã rà soát xong danh sách\"}", OWN),
                new Endpoint("raise obstacle", g -> new String[]{g.acknowledged(LANG_TRON)}, COMMUNE + "/obstacles",
                        "{\"category\":\"STAFFING\",\"description\":\"Công chức địa chính nghỉ việc\"}", OWN),
                new Endpoint("resolve obstacle", g -> {
                    String id = g.acknowledged(LANG_TRON);
                    return new String[]{id, g.raiseObstacle(id, LANG_TRON)};
                }, COMMUNE + "/obstacles/{oid}/resolve", "{\"resolution\":\"Đã bố trí người thay thế\"}", Set.of(Who.LEADER, Who.OWN_CHAIR)),
                new Endpoint("request extension", g -> new String[]{g.acknowledged(LANG_TRON)}, COMMUNE + "/extension",
                        "{\"deadline\":\"" + later + "\",\"reason\":\"Thiếu nhân sự\"}", OWN),
                new Endpoint("grant extension", g -> {
                    String id = g.acknowledged(LANG_TRON);
                    g.requestExtension(id, LANG_TRON);
                    return new String[]{id};
                }, COMMUNE + "/extension/grant", "{\"note\":\"Đồng ý\"}", PROVINCE),
                new Endpoint("deny extension", g -> {
                    String id = g.acknowledged(LANG_TRON);
                    g.requestExtension(id, LANG_TRON);
                    return new String[]{id};
                }, COMMUNE + "/extension/deny", "{\"reason\":\"Nhiệm vụ phục vụ kỳ họp\"}", PROVINCE),
                new Endpoint("submit completion", g -> new String[]{g.acknowledged(LANG_TRON)}, COMMUNE + "/completion",
                        "{\"summary\":\"Đã hoàn thành, gửi kèm báo cáo\"}", OWN),
                new Endpoint("accept completion", g -> {
                    String id = g.acknowledged(LANG_TRON);
                    g.submitCompletion(id, LANG_TRON);
                    return new String[]{id};
                }, COMMUNE + "/completion/accept", "{}", PROVINCE),
                new Endpoint("return completion", g -> {
                    String id = g.acknowledged(LANG_TRON);
                    g.submitCompletion(id, LANG_TRON);
                    return new String[]{id};
                }, COMMUNE + "/completion/return", "{\"reason\":\"Thiếu biên bản kiểm tra\"}", PROVINCE),
                new Endpoint("refer obstacle", g -> {
                    String id = g.acknowledged(LANG_TRON);
                    return new String[]{id, g.raiseObstacle(id, LANG_TRON)};
                }, COMMUNE + "/obstacles/{oid}/refer", "{\"department\":\"SXD\",\"answerBy\":\"" + future
                        + "\",\"note\":\"Đề nghị Sở hướng dẫn\"}", PROVINCE),
                new Endpoint("answer obstacle", g -> {
                    String id = g.acknowledged(LANG_TRON);
                    String obstacle = g.raiseObstacle(id, LANG_TRON);
                    g.referObstacle(id, LANG_TRON, obstacle, "SXD");
                    return new String[]{id, obstacle};
                }, COMMUNE + "/obstacles/{oid}/answer", "{\"answer\":\"Sở đã có hướng dẫn số 12/HD-SXD\"}",
                        Set.of(Who.REFERRED_DEPARTMENT)),
                new Endpoint("escalate obstacle", g -> {
                    String id = g.acknowledged(LANG_TRON);
                    String obstacle = g.raiseObstacle(id, LANG_TRON);
                    g.referObstacle(id, LANG_TRON, obstacle, "SXD");
                    g.answerObstacle(id, LANG_TRON, obstacle, "SXD");
                    return new String[]{id, obstacle};
                }, COMMUNE + "/obstacles/{oid}/escalate", "{\"reason\":\"Hướng dẫn chưa rõ\"}", OWN));
    }

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Who who : Who.values()) {
                pairs.add(Arguments.of(endpoint, who));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("pairs")
    void eachAccountKindIsAllowedOrRefusedWith403(Endpoint endpoint, Who who) {
        String[] ids = endpoint.prepare().apply(given);
        String directiveId = ids[0];
        String path = endpoint.pathTemplate().replace("{id}", String.valueOf(directiveId)).replace("{oid}", ids.length > 1 ? ids[1] : "");
        int eventsBefore = directiveId == null ? 0 : stream(directiveId).size();

        Answer answer = http.post(who.account, path, endpoint.body());

        if (endpoint.allowed().contains(who)) {
            assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
            String written = directiveId == null ? answer.text("id") : directiveId;
            assertThat(stream(written).size()).isGreaterThan(eventsBefore);
        } else {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("status").asInt()).isEqualTo(403);
            if (directiveId != null) {
                assertThat(stream(directiveId)).hasSize(eventsBefore);
            }
        }
    }
}
